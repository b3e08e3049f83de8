import { code, type Rule } from "../rule.js";

const REMOVE_IF_UNUSED = /\[(?:REMOVE IF UNUSED|XÓA NẾU KHÔNG DÙNG|ELIMINAR SI NO SE USA)\]/i;
/** `Option 2:` as translated templates write it: `Opción 2:`, `Tùy chọn 2:`, `选项 2：`, `옵션 2:`. */
const OPTION_WORD = String.raw`(?:Option|Opci[oó]n|Op[cç][aã]o|Opzione|Вариант|Tùy chọn|选项|選項|方案|オプション|옵션)`;
const OPTION = String.raw`${OPTION_WORD}\s*(?:\d+|[A-Z])\s*[:：]`;
/** `Option 2:` opening a line (after `#`, `-`, `>`, `**`). */
const OPTION_LEADING = new RegExp(String.raw`^[\s#>*+-]*(?:__)?(${OPTION})`, "iu");
/**
 * `# 选项: 单一 Go 模块` heading the kept tree in its code block: the template's label with its
 * number dropped, still a label (the author's own comments do not open with the word).
 */
const OPTION_COMMENT = new RegExp(String.raw`^\s*#+\s*(${OPTION_WORD}\s*[:：])`, "iu");
/**
 * `# Existing structure (Option 2: Web application)` heading the kept tree: the template's
 * label, kept in brackets as the tree's caption. (Not the Structure Decision's prose, `Option 2
 * (Web application) - …`, which is no comment of a tree.)
 */
const OPTION_CAPTION = new RegExp(String.raw`^\s*#+\s*[^()\n]{0,60}[(（](${OPTION})`, "iu");
/**
 * The template's instruction in brackets before an `Option N:` label, in whatever language it
 * was translated to (`# [REMOVER SE NÃO UTILIZADO] Opção 1: Projeto único`, `# [SUPPRIMER SI
 * INUTILISÉ] Option 2 :`): the label and its instruction, wherever they stand.
 */
const BRACKETED_OPTION = new RegExp(String.raw`^[\s#>*+-]*(\[[^\]\n]{2,60}\]\s*${OPTION})`, "iu");

/**
 * The stock template's undecided mobile layout, `ios/ or android/` (its Option 3 tree), kept as
 * a line of its own: the plan never said which platform it builds. Tree-drawing characters may
 * lead it; translated templates write the `or`.
 */
const PLATFORM_CHOICE =
  /^[\s│├└─|`>*+-]*(ios\/?\s+(?:or|o|ou|oder|или|hoặc|或|或者|または|또는)\s+android\/?)\s*(?:#.*)?$/iu;

/** The `Option N:` label opening a line, and where it starts, or null. */
function optionLabel(line: string, inCode: boolean): { text: string; index: number } | null {
  const leading =
    OPTION_LEADING.exec(line) ??
    (inCode ? (OPTION_COMMENT.exec(line) ?? OPTION_CAPTION.exec(line)) : null);
  return leading?.[1] ? { text: leading[1], index: leading[0].length - leading[1].length } : null;
}

export const noOptionLabel: Rule = {
  id: "no-option-label",
  summary: "`Option N:` or `[REMOVE IF UNUSED]` structure labels left in the plan",
  defaultSeverity: "error",
  messages: {
    label:
      'Structure label {{text}} is still in the plan. The template offers several layouts and says "the delivered plan must not include Option labels": the plan should describe the one structure chosen. Delete the unused options and the label, and keep only the real paths.',
    choice:
      "The template's undecided layout {{text}} is still in the plan. The template's mobile option leaves the platform open, and the plan should describe the one structure chosen. Write the platform this feature builds (`ios/` or `android/`, with its real folders), or delete the line if there is no mobile app.",
  },
  check({ plan, report }) {
    const { doc } = plan;
    doc.lines.forEach((line, k) => {
      if (doc.kinds[k] === "comment") return;
      // Inside the kept tree the option's own label is the finding; a stray line outside any
      // code block has none.
      // (Each pattern runs only on a line holding its literal part: their leading runs of blanks
      // and markers would otherwise be walked on every line of a deeply indented plan.)
      const choice =
        doc.kinds[k] === "code" || !/android/i.test(line) ? null : PLATFORM_CHOICE.exec(line);
      if (choice?.[1]) {
        report({
          messageId: "choice",
          data: { text: code(choice[1], 60) },
          line: k + 1,
          column: line.indexOf(choice[1]) + 1,
          section: "Project Structure",
        });
        return;
      }
      const bracketed = line.includes("[") ? BRACKETED_OPTION.exec(line) : null;
      const remove =
        REMOVE_IF_UNUSED.exec(line) ??
        (bracketed?.[1]
          ? Object.assign([bracketed[1]], { index: line.indexOf(bracketed[1]) })
          : null);
      // (`**Structure Decision**: Option 2: Web application` is the author's answer to the
      // template's `[DEFAULT to Option 1 unless …]`: it names the layout chosen, and is no
      // label left in the tree.)
      const structure = plan.inSection("project-structure", k + 1);
      const option = structure && !remove ? optionLabel(line, doc.kinds[k] === "code") : null;
      if (!remove && !option) return;
      const index = remove ? remove.index : (option?.index ?? 0);
      const text = remove ? line.slice(remove.index).trim() : (option?.text ?? "");
      report({
        messageId: "label",
        data: { text: code(text, 60) },
        line: k + 1,
        column: index + 1,
        section: "Project Structure",
      });
    });
  },
};
