// Writes schema/speckit.schema.json from the compiled schema module (run after `npm run build`).
import { writeFileSync } from "node:fs";
import { configSchema } from "../dist/config/schema.js";

writeFileSync(
  new URL("../schema/speckit.schema.json", import.meta.url),
  JSON.stringify(configSchema, null, 2) + "\n",
);
