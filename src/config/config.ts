import { Ajv, type ErrorObject } from "ajv";
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import type { SeveritySetting } from "../engine/types.js";
import { configSchema as schema } from "./schema.js";

export type CommentMode = "always" | "failures" | "never";

/** What a change to the constitution gets: checked and reported (warn), made blocking, or nothing. */
export type AmendmentMode = "warn" | "block" | "off";

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
  /** The App's work budget: bytes of plans checked per run (see `RUN_PLAN_OVERHEAD_BYTES`). */
  readonly maxRunBytes: number;
  /** How a change to the constitution is checked (see `amendmentRules`). */
  readonly amendments: AmendmentMode;
}

export const CONFIG_PATH = ".github/speckit.yml";

export const DEFAULT_CONFIG: Config = {
  plans: ["specs/**/plan.md", "**/specs/*/plan.md", "plans/**/impl-plan.md"],
  constitution: [
    ".specify/memory/constitution.md",
    "memory/constitution.md",
    "docs/constitution.md",
    // Less common layouts seen in real repositories: `.specify` renamed without its dot or
    // without its `memory/` folder, a constitution beside the feature folders, and one at the
    // repository's root, also written in capitals as READMEs are. (Not any `constitution.md`: agents keep a `/constitution` command as
    // `commands/constitution.md`, and every entry is also where amendments are watched.)
    "specify/memory/constitution.md",
    ".specify/constitution.md",
    "specs/constitution.md",
    "/constitution.md",
    "/CONSTITUTION.md",
    // In capitals under `docs/` as well, and beside the repository's other GitHub files.
    "/docs/CONSTITUTION.md",
    "/.github/constitution.md",
    "/.github/CONSTITUTION.md",
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
  maxRunBytes: 4 * 1024 * 1024,
  amendments: "warn",
};

/** What a plan costs the run's budget at least, however small: checking one has a fixed cost. */
export const RUN_PLAN_OVERHEAD_BYTES = 4096;

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
    case "maxItems":
      return `Too many entries at ${where}: at most ${String((error.params as { limit: number }).limit)}.`;
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
    maxRunBytes: (value["max-run-bytes"] as number | undefined) ?? DEFAULT_CONFIG.maxRunBytes,
    amendments: (value.amendments as AmendmentMode | undefined) ?? DEFAULT_CONFIG.amendments,
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
  let raw: unknown;
  try {
    // `yaml` refuses to expand more than 100 aliases (a "billion laughs" guard): a config error.
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return { ok: false, errors: [valueError(doc, lineCounter, error)] };
  }
  const result = resolveConfig(raw === null ? {} : raw);
  if (result.ok) return result;
  return { ok: false, errors: locateConfigErrors(text, result.errors) };
}

/** Aliases (`*name`) a configuration may expand; `yaml`'s own guard, made explicit. */
const MAX_ALIASES = 100;

/**
 * A document that parses but cannot be turned into values: too many aliases, or an alias to
 * an anchor that does not exist. Placed on the first alias, where the expansion starts.
 */
function valueError(doc: Document, lineCounter: LineCounter, error: unknown): ConfigError {
  let first: number | null = null;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) first = node.range[0];
      return visit.BREAK;
    },
  });
  const pos = first === null ? { line: 1, col: 1 } : lineCounter.linePos(first);
  const reason = error instanceof Error ? error.message : String(error);
  const why = /alias count/i.test(reason)
    ? `its aliases (\`*name\`) expand to more than ${MAX_ALIASES} values, which a configuration never needs (it is how "billion laughs" files exhaust memory). Write the values out instead of aliasing them`
    : reason;
  return {
    message: `\`${CONFIG_PATH}\` cannot be read: ${why}.`,
    pointer: "",
    line: pos.line,
    column: pos.col,
  };
}

/**
 * The `check-name` a configuration asks for, read from its text without trusting the rest:
 * for reports made when the file is otherwise unusable (invalid YAML, too many aliases).
 * Null when it cannot be told.
 */
export function checkNameFromText(text: string): string | null {
  let value: unknown = null;
  try {
    const doc = parseDocument(text, { prettyErrors: false });
    const node = doc.get("check-name", true);
    value = isScalar(node) ? node.value : null;
  } catch {
    value = null;
  }
  if (value === null) {
    // A document broken elsewhere may still name its check on a line of its own.
    value = checkNameLine(text);
  }
  return typeof value === "string" && value.trim().length > 0 && value.length <= 100 ? value : null;
}

/** `check-name: value` on a line of its own (quoted or not, a `#` comment after it). */
function checkNameLine(text: string): string | null {
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.startsWith("check-name")) continue;
    const rest = raw.slice("check-name".length).trimStart();
    if (!rest.startsWith(":")) continue;
    let value = rest.slice(1);
    const hash = value.indexOf("#");
    if (hash >= 0) value = value.slice(0, hash);
    value = value.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote))
      value = value.slice(1, -1);
    return value === "" || /["'\r\n]/.test(value) ? null : value;
  }
  return null;
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
