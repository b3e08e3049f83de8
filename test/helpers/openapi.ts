import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

/**
 * Validates requests against GitHub's published OpenAPI description
 * (`@octokit/openapi`, api.github.com, refs kept and resolved by ajv): the method and path
 * must name an operation, the query parameters must be ones it takes, and a JSON body must
 * match its schema. `POST /graphql` is not in the description: its body is held to the
 * GraphQL-over-HTTP shape instead.
 *
 * The description (13 MB) is parsed once per test file; operations are compiled on first use.
 */

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly schema?: unknown;
}

interface Operation {
  readonly operationId: string;
  readonly parameters?: readonly (Parameter | { $ref: string })[];
  readonly requestBody?:
    | { readonly required?: boolean; readonly content: Record<string, { schema?: unknown }> }
    | { $ref: string };
}

interface Spec {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: Record<string, Record<string, unknown>>;
}

interface Route {
  readonly template: string;
  readonly regex: RegExp;
  readonly literals: number;
}

const SPEC_ID = "https://api.github.com/openapi.json";
const METHODS = new Set(["get", "put", "post", "patch", "delete", "head"]);

let loaded: { spec: Spec; routes: Route[]; ajv: Ajv } | null = null;
const compiled = new Map<string, ValidateFunction | null>();

/** Rewrites local `#/components/...` refs so that they resolve inside the registered description. */
function rebase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebase);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] =
        k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `${SPEC_ID}${v}` : rebase(v);
    }
    return out;
  }
  return value;
}

function load(): { spec: Spec; routes: Route[]; ajv: Ajv } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const spec = JSON.parse(readFileSync(file, "utf8")) as Spec;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, discriminator: false });
  ajv.addFormat("date-time", {
    type: "string",
    validate: (s: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
  });
  ajv.addFormat("uri", { type: "string", validate: (s: string) => URL.canParse(s) });
  ajv.addSchema({ $id: SPEC_ID, components: rebase(spec.components) } as object);
  const routes = Object.keys(spec.paths).map((template) => {
    const parts = template.split("/").map((seg) => {
      if (!seg.startsWith("{")) return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // `{path}` (contents) and `{ref}`-like parameters may span several segments.
      return /^\{(path|ref|basehead|name)\}$/.test(seg) ? ".+" : "[^/]+";
    });
    return {
      template,
      regex: new RegExp(`^${parts.join("/")}$`),
      literals: template.split("/").filter((s) => s !== "" && !s.startsWith("{")).length,
    };
  });
  loaded = { spec, routes, ajv };
  return loaded;
}

function deref<T>(spec: Spec, value: T | { $ref: string }): T {
  if (value && typeof value === "object" && "$ref" in value) {
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(value.$ref) ?? [];
    return (spec.components[section ?? ""]?.[name ?? ""] ?? {}) as T;
  }
  return value as T;
}

function validatorFor(spec: Spec, ajv: Ajv, key: string, schema: unknown): ValidateFunction | null {
  if (!compiled.has(key)) {
    compiled.set(key, schema ? ajv.compile(rebase(schema) as object) : null);
  }
  return compiled.get(key) ?? null;
}

function coerce(value: string, schema: { type?: string } | undefined): unknown {
  if (schema?.type === "integer" || schema?.type === "number") {
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  if (schema?.type === "boolean")
    return value === "true" ? true : value === "false" ? false : value;
  return value;
}

/** GraphQL requests: `{ query, variables? }`, one operation, every variable declared and given. */
function validateGraphql(body: unknown): string[] {
  if (!body || typeof body !== "object") return ["GraphQL body must be a JSON object"];
  const { query, variables, ...rest } = body as Record<string, unknown>;
  const problems: string[] = [];
  if (Object.keys(rest).length > 0)
    problems.push(`unexpected GraphQL body keys: ${Object.keys(rest).join(", ")}`);
  if (typeof query !== "string") return [...problems, "GraphQL `query` must be a string"];
  if (!/^\s*(query\b|\{)/.test(query))
    problems.push("only read-only `query` operations are expected");
  let depth = 0;
  for (const ch of query) {
    if (ch === "{" || ch === "(") depth++;
    if (ch === "}" || ch === ")") depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) problems.push("unbalanced braces or parentheses in the GraphQL query");
  const declared = new Set([...query.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]));
  const used = new Set([...query.matchAll(/\$(\w+)\b(?!\s*:)/g)].map((m) => m[1]));
  for (const name of used)
    if (!declared.has(name)) problems.push(`GraphQL variable $${name} is not declared`);
  const vars = (variables ?? {}) as Record<string, unknown>;
  for (const name of declared) {
    if (!(name! in vars)) problems.push(`GraphQL variable $${name} is declared but not given`);
  }
  return problems;
}

/**
 * The problems of one request: empty when the request is one GitHub documents.
 * `url` is a path with an optional query string, relative to the API root.
 */
export function validateRequest(method: string, url: string, body: unknown): string[] {
  const { spec, routes, ajv } = load();
  const parsed = new URL(url, "https://api.github.com");
  const path = decodeURIComponent(parsed.pathname);
  const m = method.toLowerCase();
  if (m === "post" && path === "/graphql") return validateGraphql(body);
  if (!METHODS.has(m)) return [`unknown method ${method}`];
  const route = routes
    .filter((r) => r.regex.test(path) && spec.paths[r.template]?.[m])
    .sort((a, b) => b.literals - a.literals)[0];
  if (!route) return [`${method} ${path} is not an operation of GitHub's REST API`];
  const op = spec.paths[route.template]![m]!;
  const problems: string[] = [];
  const where = `${method.toUpperCase()} ${route.template} (${op.operationId})`;

  const params = (op.parameters ?? []).map((p) => deref<Parameter>(spec, p));
  const query = params.filter((p) => p.in === "query");
  for (const [name, value] of parsed.searchParams) {
    const param = query.find((p) => p.name === name);
    if (!param) {
      problems.push(`${where}: unknown query parameter \`${name}\``);
      continue;
    }
    const validate = validatorFor(spec, ajv, `${op.operationId}?${name}`, param.schema);
    if (validate && !validate(coerce(value, param.schema as { type?: string }))) {
      problems.push(
        `${where}: query parameter \`${name}=${value}\` ${ajv.errorsText(validate.errors)}`,
      );
    }
  }
  for (const p of query) {
    if (p.required && !parsed.searchParams.has(p.name))
      problems.push(`${where}: missing query parameter \`${p.name}\``);
  }

  const requestBody = op.requestBody ? deref(spec, op.requestBody) : undefined;
  const hasBody = body !== undefined && body !== null && body !== "";
  if (!requestBody) {
    if (hasBody && !(typeof body === "object" && Object.keys(body).length === 0)) {
      problems.push(`${where}: takes no request body`);
    }
    return problems;
  }
  if (!hasBody) {
    if (requestBody.required) problems.push(`${where}: request body required`);
    return problems;
  }
  const schema = requestBody.content["application/json"]?.schema;
  const validate = validatorFor(spec, ajv, `${op.operationId}#body`, schema);
  if (validate && !validate(body)) {
    problems.push(`${where}: body ${ajv.errorsText(validate.errors, { dataVar: "body" })}`);
  }
  return problems;
}
