import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { configSchema } from "../../src/config/schema.js";
import { ruleIds } from "../../src/engine/rules/index.js";

const published: unknown = JSON.parse(
  readFileSync(new URL("../../schema/speckit.schema.json", import.meta.url), "utf8"),
);

describe("schema/speckit.schema.json", () => {
  it("is the configuration schema of src/config/schema.ts (regenerate with `npm run schema`)", () => {
    expect(published).toEqual(configSchema);
  });

  it("accepts exactly the registry's rule ids under `rules`", () => {
    const ids = configSchema.properties.rules.propertyNames.enum;
    for (const id of ruleIds) expect(ids).toContain(id);
    expect([...ids].sort()).toEqual([...ruleIds].sort());
  });

  it("documents every key in docs/configuration.md", () => {
    const doc = readFileSync(new URL("../../docs/configuration.md", import.meta.url), "utf8");
    for (const key of Object.keys(configSchema.properties)) expect(doc).toContain(`### \`${key}\``);
  });
});
