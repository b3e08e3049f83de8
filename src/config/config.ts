import { Ajv, type ErrorObject } from "ajv";
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from "yaml";
import type { SeveritySetting } from "../engine/types.js";
import { configSchema as schema } from "./schema.js";

export type CommentMode = "always" | "failures" | "never";

/** The configuration with every default applied. */
export interface Config {
  readonly plans: readonly string[];
  readonly constitution: readonly string[];
  readonly template: readonly string[];
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly checkName: string;
  readonly comment: CommentMode;
  readonly pushBranches: readonly string[];
  readonly maxPlanBytes: number;
}

export const CONFIG_PATH = ".github/speckit.yml";

export const DEFAULT_CONFIG: Config = {
  plans: ["specs/**/plan.md", "**/specs/*/plan.md", "plans/**/impl-plan.md"],
  constitution: [
    ".specify/memory/constitution.md",
    "memory/constitution.md",
    "docs/constitution.md",
  ],
  template: [
    ".specify/templates/overrides/plan-template.md",
    ".specify/templates/plan-template.md",
  ],
  rules: {},
  checkName: "speckit-gate",
  comment: "always",
  pushBranches: [],
  maxPlanBytes: 1024 * 1024,
};

/** A problem with the configuration, located where possible. */
export interface ConfigError {
  readonly message: string;
  /** JSON pointer of the offending value, e.g. `/rules/no-placeholder`. */
  readonly pointer: string;
  readonly line?: number;
  readonly column?: number;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly errors: readonly ConfigError[] };

const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(schema);

function describe(error: ErrorObject): string {
  const where =
    error.instancePath === ""
      ? "the top level"
      : `\`${error.instancePath.slice(1).replaceAll("/", ".")}\``;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(schema.properties).filter((k) => k !== "_extends");
      return `Unknown setting \`${key}\` at ${where}. Known settings: ${known.map((k) => `\`${k}\``).join(", ")}.`;
    }
    case "propertyNames":
      return `Unknown rule id \`${String((error.params as { propertyName: string }).propertyName)}\` under \`rules\`. See docs/rules/ for the rule ids.`;
    case "enum":
      return `Invalid value at ${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => `\`${String(v)}\``).join(", ")}.`;
    case "type":
      return `Invalid value at ${where}: must be ${String((error.params as { type: string }).type)}.`;
    default:
      return `Invalid value at ${where}: ${error.message ?? "not allowed"}.`;
  }
}

/**
 * Validates an already-parsed configuration object (as Probot's `context.config` returns it)
 * and applies the defaults. `null`/`undefined` means "no file": the defaults.
 */
export function resolveConfig(raw: unknown): ConfigResult {
  if (raw === null || raw === undefined) return { ok: true, config: DEFAULT_CONFIG };
  if (!validateSchema(raw)) {
    const errors = (validateSchema.errors ?? [])
      // An unknown rule id fails `propertyNames` and, inside it, the names' `enum`: keep the first.
      .filter((e) => !(e.keyword === "enum" && e.propertyName !== undefined))
      .map((e) => ({
        message: describe(e),
        pointer:
          e.keyword === "additionalProperties"
            ? `${e.instancePath}/${String((e.params as { additionalProperty: string }).additionalProperty)}`
            : e.keyword === "propertyNames"
              ? `${e.instancePath}/${String((e.params as { propertyName: string }).propertyName)}`
              : e.instancePath,
      }));
    return { ok: false, errors: dedupe(errors) };
  }
  const value = raw as Record<string, unknown>;
  const config: Config = {
    plans: (value.plans as string[] | undefined) ?? DEFAULT_CONFIG.plans,
    constitution: (value.constitution as string[] | undefined) ?? DEFAULT_CONFIG.constitution,
    template: (value.template as string[] | undefined) ?? DEFAULT_CONFIG.template,
    rules: (value.rules as Record<string, SeveritySetting> | undefined) ?? {},
    checkName: (value["check-name"] as string | undefined) ?? DEFAULT_CONFIG.checkName,
    comment: (value.comment as CommentMode | undefined) ?? DEFAULT_CONFIG.comment,
    pushBranches: (value["push-branches"] as string[] | undefined) ?? DEFAULT_CONFIG.pushBranches,
    maxPlanBytes: (value["max-plan-bytes"] as number | undefined) ?? DEFAULT_CONFIG.maxPlanBytes,
  };
  return { ok: true, config };
}

function dedupe(errors: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.pointer}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Parses and validates the text of `.github/speckit.yml`, locating each error on its line. */
export function parseConfigText(text: string): ConfigResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          message: `\`${CONFIG_PATH}\` is not valid YAML: ${e.message.split("\n")[0] ?? e.message}`,
          pointer: "",
          line: pos.line,
          column: pos.col,
        };
      }),
    };
  }
  const raw: unknown = doc.toJS();
  const result = resolveConfig(raw === null ? {} : raw);
  if (result.ok) return result;
  return { ok: false, errors: locateConfigErrors(text, result.errors) };
}

/** Adds line and column to errors found on a parsed object, from the file's text. */
export function locateConfigErrors(text: string, errors: readonly ConfigError[]): ConfigError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return errors
    .map((error) => {
      const node = nodeAt(doc.contents as Node | null, error.pointer);
      if (!node?.range) return { ...error, line: 1, column: 1 };
      const pos = lineCounter.linePos(node.range[0]);
      return { ...error, line: pos.line, column: pos.col };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

function nodeAt(root: Node | null, pointer: string): Node | null {
  let node: Node | null = root;
  for (const raw of pointer.split("/").slice(1)) {
    const part = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === part);
      if (!pair) return node;
      // For an unknown key, point at the key itself.
      node = (pair.value as Node | null) ?? (pair.key as Node);
      if (part === pointer.split("/").at(-1) && isScalar(pair.key)) node = pair.key;
    } else if (isSeq(node)) {
      node = (node.items[Number(part)] as Node | undefined) ?? node;
    } else {
      return node;
    }
  }
  return node;
}
