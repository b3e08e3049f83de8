// speckit-gate GitHub Action, bundled by `npm run bundle` from src/action/main.ts. Do not edit.
import { createRequire as __speckitCreateRequire } from "node:module";
const require = __speckitCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input2, options) => {
      const opts = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts3 = [];
      let str = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input2.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts3.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input2.slice(n);
        parts3.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input2.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts3;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts3 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts3.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts3.push(value);
      return parts3;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count3 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count3++;
        }
        if (count3 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first2, rest, index) => {
          if (first2 === "\\") {
            backslashes = true;
            return m;
          }
          if (first2 === "?") {
            if (esc) {
              return esc + first2 + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first2 === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first2 === "*") {
            if (esc) {
              return esc + first2 + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch4(input2, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input2, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input: input2, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input2, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input2 === glob;
      let output = match && format ? format(input2) : input2;
      if (match === false) {
        output = format ? format(input2) : input2;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input2, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input2, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input2, { windows: posix2 }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input2, options) => scan2(input2, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse(input2, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names2, c) => {
          if (c instanceof Name)
            names2[c.str] = (names2[c.str] || 0) + 1;
          return names2;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (!names2[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (this.lhs instanceof code_1.Name && !names2[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        const names2 = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names2, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names2, constants) {
        this.code = optimizeExpr(this.code, names2, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names2, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names2, constants))
            continue;
          subtractNames(names2, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names2, n) => addNames(names2, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names2, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        if (!(super.optimizeNames(names2, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        addExprNames(names2, this.condition);
        if (this.else)
          addNames(names2, this.else.names);
        return names2;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names2 = addExprNames(super.names, this.from);
        return addExprNames(names2, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names2, constants) {
        var _a, _b;
        super.optimizeNames(names2, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        if (this.catch)
          addNames(names2, this.catch.names);
        if (this.finally)
          addNames(names2, this.finally.names);
        return names2;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) + (from[n] || 0);
      return names2;
    }
    function addExprNames(names2, from) {
      return from instanceof code_1._CodeOrName ? addNames(names2, from.names) : names2;
    }
    function optimizeExpr(expr, names2, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names2[n.str] !== 1)
          return n;
        delete names2[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names2[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules2 = self.RULES.keywords;
      for (const key in schema) {
        if (!rules2[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules2[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names2 = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names2;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count3 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count3++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count3 += countKeys(sch));
        }
        if (count3 === Infinity)
          return Infinity;
      }
      return count3;
    }
    function getFullPath(resolver, id = "", normalize3) {
      if (normalize3 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules2 = it.self.RULES.all;
      for (const keyword in rules2) {
        const rule = rules2[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve5.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve5(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input2) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input2.length; i++) {
        code2 = input2[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input2[i];
        break;
      }
      for (i += 1; i < input2.length; i++) {
        code2 = input2[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input2[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input2) {
      const compression = input2.indexOf("::");
      if (compression !== -1 && input2.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input2.split(":") : input2.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input2.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts3 = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts3.length; i++) {
        const part = parts3[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts3.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts3[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts3);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts3.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts3.length; i++) expanded.push(parts3[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input2 = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input2)) {
        input2 = input2.toLowerCase();
        return { host: `[${input2}]`, escapedHost: input2, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input2, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input2.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input2.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input2.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input2 = input2.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input2);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input2 = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input2.length) {
        if (len === 1) {
          if (input2 === ".") {
            break;
          } else if (input2 === "/") {
            output.push("/");
            break;
          } else {
            output.push(input2);
            break;
          }
        } else if (len === 2) {
          if (input2[0] === ".") {
            if (input2[1] === ".") {
              break;
            } else if (input2[1] === "/") {
              input2 = input2.slice(2);
              continue;
            }
          } else if (input2[0] === "/") {
            if (input2[1] === "." || input2[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input2 === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input2[0] === ".") {
          if (input2[1] === ".") {
            if (input2[2] === "/") {
              input2 = input2.slice(3);
              continue;
            }
          } else if (input2[1] === "/") {
            input2 = input2.slice(2);
            continue;
          }
        } else if (input2[0] === "/") {
          if (input2[1] === ".") {
            if (input2[2] === "/") {
              input2 = input2.slice(2);
              continue;
            } else if (input2[2] === ".") {
              if (input2[3] === "/") {
                input2 = input2.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input2.indexOf("/", 1)) === -1) {
          output.push(input2);
          break;
        } else {
          output.push(input2.slice(0, nextSlash));
          input2 = input2.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input2, decodeUnreserved = false) {
      if (input2.indexOf("%") === -1) {
        return input2;
      }
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        if (input2[i] === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input2[i];
      }
      return output;
    }
    function normalizePathEncoding(input2) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input2.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input2, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input2[0] !== "/";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input2.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input2, isAllowed) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input2.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input2) {
      return encodeComponent(input2, isUserinfoCharacter);
    }
    function encodeQuery(input2) {
      return encodeComponent(input2, isQueryFragmentCharacter);
    }
    function encodeFragment(input2) {
      return encodeComponent(input2, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input2) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input2.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input2) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        if (input2[i] === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input2[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize3(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve5(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative4, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative4 = parse(serialize(relative4, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative4.scheme) {
        target.scheme = relative4.scheme;
        target.userinfo = relative4.userinfo;
        target.host = relative4.host;
        target.port = relative4.port;
        target.path = removeDotSegments(relative4.path || "");
        target.query = relative4.query;
      } else {
        if (relative4.userinfo !== void 0 || relative4.host !== void 0 || relative4.port !== void 0) {
          target.userinfo = relative4.userinfo;
          target.host = relative4.host;
          target.port = relative4.port;
          target.path = removeDotSegments(relative4.path || "");
          target.query = relative4.query;
        } else {
          if (!relative4.path) {
            target.path = base.path;
            if (relative4.query !== void 0) {
              target.query = relative4.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative4.path[0] === "/") {
              target.path = removeDotSegments(relative4.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative4.path;
              } else if (!base.path) {
                target.path = relative4.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative4.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative4.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative4.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region2 = introducerMatch[1];
        const normalizedRegion = region2.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region2.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize3,
      resolve: resolve5,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions2) {
        for (const def of definitions2)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules2 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules2) {
            const rule = rules2[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema2 = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema2)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log2 = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log2](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count3 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count3)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count3) {
          gen.code((0, codegen_1._)`${count3}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count3} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts3 = line.trim().split(/[ \t]+/);
        const name = parts3.shift();
        switch (name) {
          case "%TAG": {
            if (parts3.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts3.length < 2)
                return false;
            }
            const [handle, prefix] = parts3;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts3.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts3;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count3 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count3)
            count3 = c;
        }
        return count3;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts3 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts3.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts3 = [value % _60];
      if (value < 60) {
        parts3.unshift(0);
      } else {
        value = (value - parts3[0]) / _60;
        parts3.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts3[0]) / _60;
          parts3.unshift(value);
        }
      }
      return sign + parts3.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives2 = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives2.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives2.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives2.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count3 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count3 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count3);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first2 = split[0];
      const m = first2.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first2.slice(m[1].length)] : ["", first2];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives: directives2, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives2.tagString(tag.tag);
          const cs = directives2.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives2, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives2 }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives2 = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives2.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/engine/lexicon/index.ts
var CONSTITUTION = [
  "constitution",
  "constitutional",
  "constitutions",
  "宪法",
  "章程",
  "宪章",
  "憲章",
  "헌법",
  "헌장",
  "constitución",
  "constitucion",
  "constitucional",
  "constituição",
  "constituicao",
  "constitutionnel",
  "constitutionnelle",
  "verfassung",
  "verfassungsprüfung",
  "verfassungscheck",
  "konstitution",
  "конституция",
  "конституции",
  // Ukrainian.
  "конституція",
  "конституції",
  "конституционная",
  "конституционный",
  "costituzione",
  "costituzionale",
  "hiến pháp",
  "grondwet",
  "konstytucja",
  "konstytucji",
  "anayasa",
  "konstitusi",
  "perlembagaan",
  "دستور",
  "الدستور",
  "دستورية",
  // Thai (matched inside words, as CJK terms are: Thai writes no spaces between them).
  "รัฐธรรมนูญ"
];
var GATES_TITLE = /^(?:(?:quality|phase|release)\s+)?gates?(?:\s+checks?)?$|^(?:品質|品质|質量|质量)?(?:ゲート|게이트|门禁|門禁|关卡|關卡)$|^품질\s*게이트$|^(?:portões|puertas|compuertas|portes)(?:\s+de\s+calidad|\s+de\s+qualidade|\s+de\s+qualité)?$/iu;
var CHECK = [
  "check",
  "checks",
  "checklist",
  "compliance",
  "gate",
  "gates",
  "review",
  "verification",
  "validation",
  "alignment",
  "conformance",
  "adherence",
  "检查",
  "审查",
  "合规",
  "核查",
  "校验",
  "检验",
  "检核",
  "对照",
  "符合性",
  "遵循",
  "遵守",
  "チェック",
  "確認",
  "準拠",
  "適合",
  "検証",
  "審査",
  "ゲート",
  "검사",
  "체크",
  "확인",
  "점검",
  "검증",
  "준수",
  "검토",
  "게이트",
  "revisión",
  "revision",
  "verificación",
  "verificacion",
  "comprobación",
  "cumplimiento",
  "validación",
  "verificação",
  "verificacao",
  "checagem",
  "conformidade",
  "revisão",
  "validação",
  "vérification",
  "conformité",
  "contrôle",
  "prüfung",
  "überprüfung",
  "konformität",
  "проверка",
  "перевірка",
  "відповідність",
  "соответствие",
  "verifica",
  "controllo",
  "conformità",
  "kiểm tra",
  "tuân thủ",
  "đánh giá",
  "controle",
  "sprawdzenie",
  "kontrol",
  "pemeriksaan",
  "pengecekan",
  "kepatuhan",
  "semakan",
  // Thai: `การตรวจตามรัฐธรรมนูญ`, `ตรวจสอบ Constitution`.
  "ตรวจ"
];
var PRINCIPLES = [
  "principle",
  "principles",
  "مبادئ",
  "المبادئ",
  "مبدأ",
  "原则",
  "准则",
  "原則",
  "원칙",
  "principio",
  "principios",
  "princípio",
  "princípios",
  "principe",
  "principes",
  "prinzip",
  "prinzipien",
  "принцип",
  "принципы",
  "принципов",
  "principi",
  "nguyên tắc",
  // Thai.
  "หลักการ"
];
var TECHNICAL = [
  "تقني",
  "التقني",
  "تقنية",
  "التقنية",
  "التقنيات",
  "technical",
  "technological",
  "technology",
  "tech",
  "技术",
  "テクニカル",
  "기술",
  "técnico",
  "tecnico",
  "técnica",
  "tecnica",
  "technique",
  "techniques",
  "technisch",
  "technischer",
  "technische",
  "технический",
  "технічний",
  "технічна",
  "технологический",
  "kỹ thuật",
  "technisch",
  "techniczny",
  "teknik",
  "teknis",
  "teknikal",
  // Thai: `บริบททางเทคนิค`.
  "เทคนิค"
];
var CONTEXT = [
  "context",
  "background",
  "overview",
  "environment",
  "setting",
  "上下文",
  "背景",
  "环境",
  "语境",
  "脉络",
  "文脉",
  "コンテキスト",
  "맥락",
  "컨텍스트",
  "배경",
  "문맥",
  "환경",
  "contexto",
  "contexte",
  "kontext",
  "hintergrund",
  "контекст",
  "contesto",
  "bối cảnh",
  "ngữ cảnh",
  "kontekst",
  "bağlam",
  "konteks",
  "latar belakang",
  "سياق",
  "السياق",
  "الخلفية",
  // Thai.
  "บริบท"
];
var SUMMARY = [
  "summary",
  "executive summary",
  // `## Overview` opens plans as `概述`, `개요`, `Überblick` and `Tổng quan` do.
  "overview",
  "visión general",
  "vista general",
  "descripción general",
  "visão geral",
  "vue d'ensemble",
  "vue d ensemble",
  "panoramica",
  "обзор",
  // `## Objective` / `## Objetivo` opening a plan of its own format states what it does.
  "objective",
  "objectives",
  "objetivo",
  "objetivos",
  "objectif",
  "objectifs",
  "摘要",
  "概要",
  "总结",
  "概述",
  "概览",
  "サマリー",
  "サマリ",
  "要約",
  "要旨",
  "요약",
  "개요",
  "resumen",
  "resumo",
  "sumário",
  "sumario",
  "résumé",
  "sommaire",
  "synthèse",
  "zusammenfassung",
  "überblick",
  "сводка",
  "резюме",
  "краткое описание",
  "кратко",
  "підсумок",
  "огляд",
  "коротко",
  "аннотация",
  "sintesi",
  "riepilogo",
  "sommario",
  "tóm tắt",
  "tổng quan",
  "samenvatting",
  "podsumowanie",
  "özet",
  // Indonesian and Malay.
  "ringkasan",
  "ikhtisar",
  "ملخص",
  "الملخص",
  "نظرة عامة",
  // Thai: `สรุปภาพรวม`.
  "สรุป",
  "ภาพรวม"
];
var PROJECT = [
  "project",
  "source",
  "source code",
  "repository",
  "repo",
  "directory",
  "folder",
  "code",
  "codebase",
  "file",
  // `## Module Structure` over the source tree (rounds 32 and 61: both reviewers took it).
  "module",
  "modules",
  // `## Package Structure`, `## 1. Structure du package`: a library's tree (round 144).
  "package",
  "packages",
  // `### 2.3 Workspace 结构`, `## Monorepo Layout`: the repository's tree under the name a
  // monorepo gives it (round 72).
  "workspace",
  "monorepo",
  "工作区",
  "工作區",
  "ワークスペース",
  "워크스페이스",
  "项目",
  "专案",
  "目录",
  "工程",
  "代码",
  "源码",
  "源代码",
  "文件",
  "プロジェクト",
  "ディレクトリ",
  "ソース",
  "ソースコード",
  "ファイル",
  "프로젝트",
  // The repository and its modules in the CJK scripts (`## 저장소 구조`, `## 仓库结构`,
  // `## リポジトリ構成`, `## 模块结构`), as `repository` and `module` above (round 153).
  "저장소",
  "리포지토리",
  "레포지토리",
  "모듈",
  "仓库",
  "倉庫",
  "存储库",
  "儲存庫",
  "代码库",
  "程式庫",
  "模块",
  "模組",
  "リポジトリ",
  "モジュール",
  "디렉토리",
  "디렉터리",
  "폴더",
  "소스",
  "코드",
  "파일",
  "projektstruktur",
  "verzeichnisstruktur",
  "proyecto",
  "projeto",
  "projet",
  "progetto",
  "projekt",
  "projektu",
  "proyek",
  "projek",
  "проекта",
  "проект",
  "проєкт",
  "проєкту",
  "проєктна",
  "dự án",
  "thư mục",
  "mã nguồn",
  "kaynak",
  "proje",
  "مشروع",
  "المشروع",
  "المجلدات",
  "الملفات",
  // Folders, directories, files, code and repository in the European languages of the lexicon
  // (`## Estructura de carpetas`, `## Estrutura de pastas`, `## Структура каталогов`).
  "carpetas",
  "carpeta",
  "directorios",
  "directorio",
  "archivos",
  "código",
  "codigo",
  "repositorio",
  "pastas",
  "pasta",
  "diretórios",
  "diretorios",
  "arquivos",
  "repositório",
  "dossiers",
  "répertoires",
  "fichiers",
  "dépôt",
  "verzeichnis",
  "ordner",
  "dateien",
  "cartelle",
  "codice",
  "каталогов",
  "каталога",
  "папок",
  "файлов",
  "кода",
  "репозитория",
  // Thai.
  "โปรเจกต์",
  "โปรเจค",
  "โครงการ"
];
var STRUCTURE = [
  "structure",
  "layout",
  "tree",
  "organization",
  "organisation",
  "结构",
  "构造",
  "构成",
  "布局",
  "架构",
  "構成",
  "構造",
  "구조",
  "estructura",
  "estrutura",
  "arborescence",
  "struktur",
  "структура",
  "struttura",
  "cấu trúc",
  "structuur",
  "projektstruktur",
  "verzeichnisstruktur",
  "yapı",
  "yapısı",
  "struktura",
  "هيكل",
  "هيكلية",
  "بنية",
  // Thai: `โครงสร้างโปรเจกต์`.
  "โครงสร้าง"
];
var VIOLATIONS = [
  "violation",
  "violations",
  "违规",
  "违反",
  "違規",
  "違反",
  "위반",
  "violación",
  "violaciones",
  "violação",
  "violações",
  "verstoß",
  "verstöße",
  "нарушения",
  "violazioni",
  "vi phạm"
];
var JUSTIFICATIONS = [
  "justification",
  "justifications",
  "justified",
  "理由",
  "说明理由",
  "正当",
  "정당화",
  "justificación",
  "justificaciones",
  "justificativa",
  "justificativas",
  "justificação",
  "begründung",
  "обоснование",
  "giustificazione",
  "giustificazioni",
  "biện minh"
];
var COMPLEXITY = [
  "complexity",
  "复杂度",
  "复杂性",
  "複雑性",
  "複雑さ",
  "복잡성",
  "복잡도",
  "complejidad",
  "complexidade",
  "complexité",
  "komplexität",
  "сложность",
  "сложности",
  "complessità",
  "độ phức tạp",
  "complexiteit",
  "złożoność",
  "karmaşıklık",
  // Thai: `การติดตามความซับซ้อน`.
  "ความซับซ้อน"
];
var SECTION_PATTERNS = {
  summary: [[SUMMARY]],
  "technical-context": [
    [TECHNICAL, CONTEXT],
    // `## Tech Stack`, `**Project Stack:**`: the stack is the context's substance.
    [["stack", "技术栈", "技術棧", "技術スタック", "기술 스택", "стек"]]
  ],
  "constitution-check": [
    [CONSTITUTION],
    [PRINCIPLES, CHECK],
    // spec-kit's first template: "Phase -1: Pre-Implementation Gates".
    [["pre implementation gates", "implementation gates", "規約"], CHECK],
    [["pre implementation gates"]]
  ],
  "project-structure": [
    [PROJECT, STRUCTURE],
    // The template's `**Structure Decision**:` line, raised to a heading of its own.
    [
      [
        "structure decision",
        "结构决策",
        "結構決策",
        "構成の決定",
        "構造の決定",
        "구조 결정",
        "decisión de estructura",
        "decisão de estrutura",
        "décision de structure",
        "strukturentscheidung",
        "quyết định cấu trúc"
      ]
    ]
  ],
  "complexity-tracking": [
    [COMPLEXITY],
    // `### Violations & Justifications`: where the check's violations are justified.
    [VIOLATIONS, JUSTIFICATIONS]
  ]
};
var PART_OVERVIEW = new RegExp(
  [
    String.raw`(?:^| )(?:architecture|architectural|system|component|components|data|data model|api|module|modules|service|services|database|design|flow|infrastructure|security|deployment|integration|ui|frontend|backend|task|tasks)(?: and [a-z]+)? overview(?: |$)`,
    // `架构概览`, `システム概要`, `아키텍처 개요`: the part, then the word for overview.
    String.raw`(?:架构|架構|系统|系統|组件|組件|模块|模組|服务|服務|数据库|資料庫|数据|資料|任务|任務|部署|基础设施|基礎設施|设计|設計|アーキテクチャ|システム|コンポーネント|モジュール|サービス|データベース|データ|インフラ|タスク|아키텍처|시스템|컴포넌트|모듈|서비스|데이터베이스|데이터|인프라|작업|태스크|설계) ?(?:概览|概覽|概述|概要|总览|總覽|개요)`,
    // `Visão geral da arquitetura`, `Vue d'ensemble de l'architecture`, `Обзор архитектуры`.
    String.raw`(?:^| )(?:visão geral|visao geral|visión general|vista general|vue d ensemble|aperçu|descripción general|panorama|panoramica|resumen|обзор)(?: (?:da|do|de la|de l|del|de|des|du|dell|della))? (?:arquitetura|arquitectura|architecture|architettura|sistema|système|systeme|архитектуры|системы)(?: |$)`,
    String.raw`(?:^| )(?:architektur|system) ?(?:überblick|übersicht)(?: |$)`
  ].join("|"),
  "u"
);
var BARE_STRUCTURE_TITLES = new Set(
  STRUCTURE.filter((t) => !["layout", "tree", "organization", "organisation", "架构"].includes(t))
);
var VERSION_WORDS = [
  "versione",
  "version",
  "versión",
  "versão",
  "versao",
  "версия",
  "phiên bản",
  "버전",
  "版本",
  "バージョン"
];
var ANSWER_LABELS = [
  "answer",
  "respuesta",
  "resposta",
  "réponse",
  "reponse",
  "antwort",
  "ответ",
  "risposta",
  "trả lời",
  "回答",
  "答案",
  "答复",
  "答覆",
  "답변",
  "응답"
];
var SLOT_WORDS = [
  "name",
  "nombre",
  "nome",
  "titel",
  "título",
  "titre",
  "名称",
  "名稱",
  "名前",
  "이름",
  "название",
  "tên",
  "principle",
  "principio",
  "princípio",
  "principe",
  "prinzip",
  "原则",
  "原則",
  "원칙",
  "принцип",
  "nguyên tắc"
];
var SECTION_NAMES = {
  summary: "Summary",
  "technical-context": "Technical Context",
  "constitution-check": "Constitution Check",
  "project-structure": "Project Structure",
  "complexity-tracking": "Complexity Tracking"
};
var POST_DESIGN = [
  "post design",
  "post phase 1",
  "after phase 1",
  "after design",
  "re check",
  "recheck",
  "re evaluation",
  "reevaluation",
  "re evaluated",
  "re validation",
  "设计后",
  "设计阶段后",
  "重新检查",
  "复查",
  "复核",
  "再检查",
  "再チェック",
  "再評価",
  "再確認",
  "再検証",
  "설계 후",
  "설계후",
  "재검사",
  "재확인",
  "재검토",
  "재평가",
  "pós design",
  "após o design",
  "reavaliação",
  "tras el diseño",
  "después del diseño",
  "post diseño",
  "reevaluación",
  "après la conception",
  "post conception",
  "réévaluation",
  "nach dem design",
  "nach design",
  "после проектирования",
  "повторная проверка",
  "dopo la progettazione",
  "rivalutazione",
  "sau thiết kế",
  "kiểm tra lại"
];
var PRINCIPLE_TOPICS = [
  [
    "code quality",
    "code quality standards",
    "代码质量",
    "代码品质",
    "程式码品质",
    "程式码质量",
    "コード品質",
    "코드 품질",
    "calidad del código",
    "calidad de código",
    "qualidade do código",
    "qualidade de código",
    "qualité du code",
    "codequalität",
    "качество кода",
    "chất lượng mã"
  ],
  [
    "testing standards",
    "test standards",
    "测试标准",
    "测试规范",
    "テスト基準",
    "テスト標準",
    "테스트 표준",
    "estándares de pruebas",
    "estándares de prueba",
    "padrões de teste",
    "normes de test",
    "teststandards",
    "стандарты тестирования",
    "tiêu chuẩn kiểm thử"
  ],
  [
    "user experience consistency",
    "ux consistency",
    "consistent user experience",
    "用户体验一致性",
    "使用者体验一致性",
    "ux一致性",
    "uxの一貫性",
    "ux 일관성",
    "ユーザー体験の一貫性",
    "ユーザーエクスペリエンスの一貫性",
    "사용자 경험 일관성",
    "consistencia de la experiencia de usuario",
    "consistência da experiência do usuário",
    "cohérence de l'expérience utilisateur",
    "konsistente benutzererfahrung",
    "согласованность пользовательского опыта",
    "nhất quán trải nghiệm người dùng"
  ],
  [
    "performance requirements",
    "performance standards",
    "性能要求",
    "效能要求",
    "性能需求",
    "パフォーマンス要件",
    "性能要件",
    "성능 요구사항",
    "requisitos de rendimiento",
    "requisitos de desempenho",
    "exigences de performance",
    "performance-anforderungen",
    "требования к производительности",
    "yêu cầu hiệu năng"
  ]
];
var CORE_VALUES = [
  "core values",
  "fundamental values",
  "guiding values",
  "核心价值观",
  "核心價值觀",
  "核心价值",
  "核心價值",
  "핵심 가치",
  "valores fundamentales",
  "valores centrales",
  "valores fundamentais",
  "valores centrais",
  "valeurs fondamentales",
  "kernwerte",
  "основные ценности",
  "ключевые ценности",
  // `## Core Tenets` over `### 1. Minimal Viable Specification` …
  "core tenets",
  "tenets"
];
var PRINCIPLES_SECTION = [
  ...PRINCIPLES,
  ...CORE_VALUES,
  "信条",
  "规范",
  "准则",
  "articles",
  "artigos",
  "non-negotiables"
];
var ARTICLE_WORDS = String.raw`principle|principio|princípio|article|artigo|art[íi]culo|articolo|artikel`;
var ARTICLE_WORDS_AR = "المادة|مادة|المبدأ|مبدأ";
var NOT_PRINCIPLES = [
  "المهمة",
  "الرؤية",
  "النطاق",
  "الحوكمة",
  "التعديلات",
  "الغرض",
  "mission",
  "misión",
  "missão",
  "purpose",
  "vision",
  "scope",
  "governance",
  "gobernanza",
  "governança",
  "gouvernance",
  "governance",
  "amendment",
  "amendments",
  "enmienda",
  "emenda",
  "overview",
  "introduction",
  "definitions",
  "glossary",
  "references",
  "治理",
  "附则",
  "附則",
  "ガバナンス",
  "거버넌스",
  "使命",
  "目的",
  "概要",
  "修订",
  "改正",
  "修正",
  "개정",
  "sync impact report",
  "preamble",
  // The standards a constitution lists after its principles (`### Key Standards` over `- Citation
  // format: APA style.`), as the prompt that wrote it asked for "Core principles, Key standards,
  // Constraints": rules of the project, each too narrow to be a principle a gate checks.
  "key standards",
  // The constitution's own standing (`IX. Ratification and Supremacy`), as governance is.
  "ratification",
  "supremacy",
  "appendix",
  "revision history",
  // (`version` alone is not one: `XV. Version Alignment`, `XII. Dependency Management &
  // Version Currency` are principles.)
  "version history",
  "changelog",
  // A checklist of the review (`### Code Review Checklist`, `# XX. Adoption Checklist`) lists
  // what to check, not a principle of its own.
  "checklist",
  "checklists",
  "チェックリスト",
  "체크리스트",
  "检查清单",
  "檢查清單",
  "propósito",
  "proposito",
  "alcance",
  "âmbito",
  "visión",
  "visão",
  "portée",
  "zweck",
  "geltungsbereich",
  "назначение",
  "область применения",
  "миссия",
  "scopo",
  "ambito",
  "范围",
  "範圍",
  "愿景",
  "願景",
  "適用範囲",
  "ビジョン",
  "목적",
  "범위",
  "비전"
];
var FOR_REFERENCE_QUALIFIERS = [
  "참고",
  "참고용",
  "참조",
  "参考",
  "for reference",
  "for reference only",
  "reference only",
  "informative",
  "non-normative"
];
var CLARIFICATION_MARKERS = [
  "需要澄清",
  "待澄清",
  "需澄清",
  "需要釐清",
  "待釐清",
  "需釐清",
  "需要厘清",
  "待厘清",
  "待确认",
  "待確認",
  "要明確化",
  "要確認事項",
  "明確化が必要",
  "要明确化",
  "명확화 필요",
  "명확화필요",
  "확인 필요",
  "명확히 필요",
  "necesita aclaración",
  "necesitan aclaración",
  "necesita aclaracion",
  "requiere aclaración",
  "precisa esclarecimento",
  "precisa de esclarecimento",
  "precisam de esclarecimento",
  "requer esclarecimento",
  "necessita esclarecimento",
  "precisa de clarificação",
  "precisa clarificação",
  "precisam de clarificação",
  "necessita clarificação",
  "requer clarificação",
  "necesita clarificación",
  "necesitan clarificación",
  "requiere clarificación",
  "besoin de clarification",
  // The French translation of the template writes it `CLARIFICATION REQUISE`; the same form in
  // Spanish, Portuguese and Italian.
  "clarification requise",
  "clarifications requises",
  "clarification nécessaire",
  "aclaración requerida",
  "esclarecimento necessário",
  "chiarimento necessario",
  "nécessite une clarification",
  "à clarifier",
  "klärung erforderlich",
  "klärungsbedarf",
  "требует уточнения",
  "нужно уточнить",
  "necessita chiarimento",
  "richiede chiarimento",
  "da chiarire",
  "cần làm rõ",
  "cần được làm rõ"
];
var CLARIFICATION_PENDING = [
  "a resolver",
  "por resolver",
  "à résoudre",
  "a résoudre",
  "da risolvere",
  "to resolve",
  "to be resolved",
  "待解决",
  "待解決"
];
var CLARIFICATION_CONTEXT = [
  // resolved
  "resolved",
  "resueltas",
  "resueltos",
  "resuelta",
  "resuelto",
  "resolvidas",
  "resolvidos",
  "resolvida",
  "resolvido",
  "résolues",
  "résolus",
  "résolu",
  "gelöst",
  "geklärt",
  "risolte",
  "risolti",
  "đã giải quyết",
  "đã làm rõ",
  "已解决",
  "已澄清",
  "已处理",
  "解决了",
  "解消済",
  "解決済",
  "解消",
  "해결",
  "해소",
  "разрешен",
  "решены",
  "устранен",
  "закрыт",
  "отсутств",
  // (`Маркеров NEEDS CLARIFICATION нет.`: there are none.)
  "нет",
  "немає",
  "не осталось",
  "не выявлен",
  "не обнаружен",
  // none, all
  "nenhum",
  "nenhuma",
  "ningún",
  "ninguna",
  "ninguno",
  "aucun",
  "aucune",
  "kein",
  "keine",
  "nessun",
  "nessuna",
  "không có",
  "không còn",
  "没有",
  "未留",
  "不存在",
  "无",
  "なし",
  "ありません",
  "残っていない",
  "없음",
  "없습니다",
  "없다",
  "todas las",
  "todos los",
  "todos os",
  "todas as",
  "tous les",
  "toutes les",
  "alle",
  "tutti",
  "tutte",
  "tất cả",
  "所有",
  "全部",
  "すべての",
  "全ての",
  "모든",
  // instructions
  // (`NEEDS CLARIFICATION 毎 → 調査タスク`, `每个 NEEDS CLARIFICATION → 研究任务`: the old
  // template's `For each NEEDS CLARIFICATION → research task`, translated.)
  "毎",
  "ごと",
  "每个",
  "每個",
  "마다",
  "解决",
  "处理",
  "标记为",
  "标记",
  "项目",
  "项",
  "marcar como",
  "marcadas como",
  "marcados como",
  "marqué",
  "marquer",
  "resolver",
  "résoudre",
  "risolvere",
  "giải quyết",
  "마커",
  "항목",
  "marcadores",
  "itens",
  "ítems",
  "éléments"
];
var TECHNICAL_FIELD_FAMILIES = [
  /language|lang\b|linguagem|lenguaje|langage|sprache|linguaggio|язык|мова|ngôn ngữ|bahasa|język|语言|言語|언어|ภาษา/u,
  /dependenc|depend[êe]ncia|dipendenz|abhängigkeit|зависимост|залежност|phụ thuộc|dependensi|zależno|librar|librer|bibliotec|bibliothek|библиотек|thư viện|pustaka|framework|依赖|依存|ライブラリ|框架|의존|ไลบรารี|ขึ้นต่อ/u,
  /storage|database|persistence|\bdb\b|armazenamento|almacenamiento|stockage|speicher|archiviazione|хранени|хранилищ|зберіганн|lưu trữ|penyimpanan|przechowywani|存储|数据库|ストレージ|データベース|永続|저장|จัดเก็บ|ที่เก็บข้อมูล|ฐานข้อมูล/u,
  /test|teste|prueba|тестир|тестуван|kiểm thử|pengujian|测试|テスト|테스트|ทดสอบ/u,
  /platform|plataforma|plateforme|piattaforma|платформ|nền tảng|environment|ambiente|entorno|runtime|deploy|平台|环境|プラットフォーム|環境|実行|플랫폼|환경|แพลตฟอร์ม|สภาพแวดล้อม/u,
  /project type|type of project|tipo de projeto|tipo de proyecto|type de projet|tipo di progetto|тип проекта|тип проєкту|loại dự án|jenis proyek|typ projektu|项目类型|プロジェクト種別|プロジェクトタイプ|种类|類型|프로젝트 유형|ประเภทโปรเจกต์|ประเภทโครงการ/u,
  /performance|perf\b|desempenho|rendimiento|prestazion|производительн|продуктивн|hiệu năng|hiệu suất|kinerja|wydajnoś|性能|パフォーマンス|성능|ประสิทธิภาพ|สมรรถนะ/u,
  /constraint|limitation|restri[çc][ãa]o|restri[çc][õo]es|restricci[óo]n|contrainte|vincol|ограничени|обмеженн|ràng buộc|batasan|ograniczeni|约束|制約|限制|制限|제약|ข้อจำกัด/u,
  /scale|scope|escala|escopo|alcance|échelle|scala|масштаб|quy mô|skala|规模|範囲|規模|スケール|규모|범위|ขนาด|ขอบเขต/u,
  /service|servi[çc]o|servicio|服务|サービス|서비스/u
];
var TEMPLATE_GATE_LABELS = [
  "simplicity",
  "architecture",
  "testing",
  "observability",
  "versioning",
  "projects",
  "using framework directly",
  "single data model",
  "avoiding patterns",
  "every feature as library",
  "libraries listed",
  "cli per library",
  "library docs",
  "red green refactor cycle enforced",
  "git commits show tests before implementation",
  "order",
  "real dependencies used",
  "integration tests for",
  "forbidden",
  "structured logging included",
  "frontend logs backend",
  "error context sufficient",
  "version number assigned",
  "build increments on every change",
  "breaking changes handled",
  "シンプルさ",
  "アーキテクチャ",
  "テスト",
  "可観測性",
  "バージョニング",
  "简洁性",
  "简单性",
  "简单",
  "架构",
  "测试",
  "可观测性",
  "版本控制",
  "版本管理",
  "단순성",
  "아키텍처",
  "테스트",
  "관찰 가능성",
  "관측성",
  "버전 관리",
  "simplicidad",
  "arquitectura",
  "pruebas",
  "observabilidad",
  "versionado",
  "simplicidade",
  "arquitetura",
  "testes",
  "observabilidade",
  "versionamento"
];
var STATUS_WORDS = [
  [
    "pass",
    // (Up to two words between: `No layer violations`, `no new constitution violations`; not
    // across a conjunction, `no tests but violations`.)
    String.raw`(?:no|zero|without)(?:\s(?!(?:but|and|or|yet)\b)[\w'-]+){0,2}\s(?:violations?|deviations?)|not violated|not an?\s(?:violation|deviation)`
  ],
  [
    "pass",
    "无违反|无违规|無違反|無違規|违反项[:：]?\\s*无|違反なし|違反無し|違反はありません|위반\\s?(?:사항\\s?)?없|위반이 없"
  ],
  // Arabic (no word boundaries, as CJK: longer words only): `لا توجد مخالفات`.
  ["pass", "لا توجد مخالفات|لا مخالفات|بدون مخالفات|لا يوجد انتهاك"],
  [
    "pass",
    // The same in the Latin-script languages: `Nenhuma violação a justificar`, `sin
    // violaciones`, `aucune violation`, `keine Verstöße`.
    String.raw`(?:nenhuma?|sem|ninguna?|sin|aucune?|sans|keine|ohne|nessuna?|senza)\s(?:nova\s|nueva\s|nouvelle\s|neue\s|nuova\s)?(?:viola[cç](?:[aã]o|[õo]es)|violaci(?:[oó]n|ones)|violations?|verst[oö](?:ß|ss)e?|verletzung(?:en)?|violazion[ei]|[ée]carts?|desviaci(?:[oó]n|ones)|desvios?|abweichung(?:en)?|deviazion[ei])|không (?:có )?vi phạm`
  ],
  [
    "fail",
    // (`BLOCKED` is the gate's status: `| I. Operator safety first | BLOCKED Security pass
    // required |`; `blocked by` names what holds a task up.)
    String.raw`non[- ]?compliant|not compliant|not met|does not (?:comply|conform|pass)|fail(?:s|ed|ing|ure)?|violat(?:ion|ions|ed|es|ing)|breach(?:es|ed)?|blocked(?!\s+by\b)`
  ],
  [
    "fail",
    String.raw`no cumple|incumple|incumplimiento|violaci[oó]n|n[aã]o conforme|n[aã]o atende|viola[cç][aã]o|non conforme|non respect[ée]|nicht erf[uü]llt|versto[sß]|verletzt|non conforme|violazione|không đạt|vi phạm`
  ],
  [
    "fail",
    "违反|违背|不符合|未通过|未通過|不合规|不合規|不满足|不滿足|違反|不適合|不合格|不準拠|逸脱|위반|미충족|불합격|미준수"
  ],
  ["fail", "مخالفة|مخالفات|غير مطابق|غير متوافق|انتهاك"],
  [
    "needs-review",
    String.raw`needs? review|review needed|requires? review|(?:needs?|requires?) (?:attention|update)|attention (?:needed|required)|update needed|needs? completion|partial(?:ly)?|conditional|at risk|warn(?:ing)?|deviations?`
  ],
  [
    "needs-review",
    String.raw`parcial(?:mente)?|a revisar|por revisar|revisar|partiel(?:lement)?|teilweise|zu pr[uü]fen|parziale|một phần|[ée]carts?|desviaci(?:[oó]n|ones)|desvios?|abweichung(?:en)?|deviazion[ei]`
  ],
  [
    "needs-review",
    "需审查|需審查|需要审查|需要審查|需复核|需複核|部分符合|需关注|需關注|需更新|需要更新|需修改|需修正|要確認|要レビュー|要検討|要注意|要更新|要修正|要対応|部分的|条件付き|검증 필요|확인 필요|업데이트 필요|수정 필요|부분 충족|주의"
  ],
  [
    "pending",
    // `TODO`, not Spanish and Portuguese `todo` (all): `todo acceso a datos seguirá…`, nor a
    // name: `todo-lib`, `todo_app`, `todo.md`.
    // (`(*NEEDS VERIFICATION*)` after a gate: not checked yet.)
    String.raw`pending|tbd|to be determined|todo(?![ \t]+\p{L}|[-_./]\w)|in progress|deferred|not yet|not started|needs? implementation|(?:needs?|requires?) verification|verification (?:needed|required|pending)|pending verification|to be verified`
  ],
  [
    "pending",
    // (`to verify` as the status, not its purpose clause: `Will run Playwright after
    // implementation to verify all acceptance scenarios` passes.)
    String.raw`to verify(?![ \t]+\p{L})|to be verified|pendiente|por verificar|en progreso|pendente|a verificar|em andamento|a fazer|en attente|[àa] faire|[àa] v[ée]rifier|en cours|ausstehend|offen|in bearbeitung|in attesa|da fare|da verificare|đang chờ|chưa thực hiện|cần kiểm tra`
  ],
  [
    "pending",
    "待定|待确认|待確認|待处理|待處理|待实作|待實作|待实现|待實現|待补充|待補充|待执行|待執行|待验证|待驗證|待測試|待测试|未完成|未确定|未確定|未確認|進行中|进行中|検討中|보류|대기|미정(?!의)|진행 중"
  ],
  ["pending", "قيد الانتظار|قيد التنفيذ|معلّق|مؤجل"],
  ["not-applicable", String.raw`n/a|not applicable`],
  [
    "not-applicable",
    String.raw`no aplica|n[aã]o se aplica|n[aã]o aplic[aá]vel|non applicable|sans objet|nicht zutreffend|entf[aä]llt|non applicabile|không áp dụng`
  ],
  ["not-applicable", "不适用|不適用|該当なし|対象外|适用外|해당 없음|해당없음|비해당"],
  ["not-applicable", "لا ينطبق|غير منطبق|غير قابل للتطبيق"],
  [
    "pass",
    String.raw`pass(?:es|ed)?|ok|okay|compliant|complies|conforms?|satisfied|aligned|adheres`
  ],
  [
    "pass",
    String.raw`cumple|aprobado|conforme|aprovado|cumprido|atendido|r[ée]ussi|respect[ée]|erf[uü]llt|bestanden|rispettato|superato|đạt|tuân thủ`
  ],
  [
    "pass",
    "通过|通過|符合|满足|滿足|合规|合規|已满足|遵守|準拠|適合|合格|クリア|充足|達成|통과|준수|충족|적합"
  ],
  ["pass", "ناجح|مطابق|متوافق|مستوفى|مستوفاة"]
];
var STATUS_MARKS = [
  ["pass", "✅|✔️|✔|☑️|☑|🟢|✓"],
  ["fail", "❌|✖️|✖|✗|✘|🔴|⛔|🚫|❎"],
  ["needs-review", "⚠️|⚠|🟡|🟠"],
  ["pending", "⏳|⌛|🕐|🔄"],
  // An empty box drawn as an emoji or a ballot box (`| IV. TDD | 🔲 Tests required |`): not
  // ticked, as `- [ ]` is not.
  ["unchecked", "🔲|☐"],
  ["not-applicable", "➖|⚪|⬜"]
];
var DEFERRAL_STATUSES = [
  "deferred",
  "postponed",
  "not yet applicable",
  "not applicable",
  "aplazado",
  "diferido",
  "adiado",
  "reporté",
  "zurückgestellt",
  "отложено",
  "延后",
  "推迟",
  "延期",
  "先送り",
  "연기"
];
var DENIED_JUSTIFICATIONS = [
  "unjustified",
  "an omission",
  "no valid justification",
  "정당화되지 않",
  "정당화 사유가 없",
  "정당화할 수 없",
  "无正当理由",
  "沒有正當理由",
  "没有正当理由",
  "無正當理由",
  "不具正当性",
  "正当化されない",
  "正当化できない",
  "正当な理由はない",
  "sin justificación",
  "sem justificativa",
  "sans justification",
  "ohne rechtfertigung",
  "не обоснован",
  "без обоснования"
];
var DENIED_JUSTIFICATION = /(?<![\p{L}])(?:not|pas|no|não|nao|nicht|non)\s+(?:[\p{L}-]+\s+){0,2}(?:justified|justifiable|justifiée?s?|justificad[oa]s?|gerechtfertigt|giustificat[oa])(?![\p{L}])/iu;
var EXEMPTING_LABELS = [
  "not required",
  "not needed",
  "out of scope",
  "not in scope",
  "excluded",
  "exception",
  "exceptions",
  "exempt",
  "exempted",
  "waived",
  "deferred",
  "postponed",
  "not applicable",
  "non goals",
  "无需",
  "無需",
  "不需要",
  "范围外",
  "範圍外",
  "不在范围",
  "例外",
  "豁免",
  "延后",
  "推迟",
  "対象外",
  "範囲外",
  "除外",
  "先送り",
  "불필요",
  "범위 외",
  "예외",
  "제외",
  "연기",
  "no requerido",
  "no necesario",
  "fuera de alcance",
  "excepción",
  "excepciones",
  "diferido",
  "aplazado",
  "não necessário",
  "não requerido",
  "fora do escopo",
  "exceção",
  "exceções",
  "adiado",
  "non requis",
  "hors périmètre",
  "hors portée",
  "reporté",
  "nicht erforderlich",
  "nicht benötigt",
  "ausnahme",
  "ausnahmen",
  "zurückgestellt",
  "non richiesto",
  "fuori ambito",
  "eccezione",
  "eccezioni",
  "rinviato",
  "не требуется",
  "исключение",
  "исключения",
  "отложено"
];
var OR_BEFORE_MARKER = String.raw`(?:\b(?:or|ou bien|o|ou|oder|hoặc)\s+|(?<![\p{L}])или\s+|(?:または|もしくは|或者|或是|或|还是|還是|또는|혹은)\s*)`;
var NONE_ANSWER = /^[(（]?\s*(?:none|n\/?a|no(?:ne)?\b|nothing|—|-|なし|無し|无|無|没有|沒有|없음|없습니다|該当なし|ninguno|ninguna|nenhum|nenhuma|aucun|aucune|keine|нет|nessuno|nessuna)(?=$|[\s(（)）—–\-,.;:。，、！!])/iu;
var JUSTIFICATION_CUES = [
  "because",
  "since",
  "due to",
  "as the",
  "deferred",
  "defer",
  "postponed",
  "later phase",
  "next phase",
  "this phase",
  "future",
  "follow up",
  "follow-up",
  "out of scope",
  "not applicable",
  "n/a",
  "not needed",
  "not required",
  "no need",
  "exception",
  "waived",
  "waiver",
  "accepted",
  "justified",
  "justification",
  "complexity tracking",
  "tracked in",
  "see adr",
  "adr",
  "completed",
  "done in",
  "implemented in",
  "covered by",
  "addressed by",
  "as part of",
  "this plan",
  "per user",
  "per request",
  "requested",
  "omitted",
  "unchanged",
  "not affected",
  "waiting for",
  "blocked by",
  "理由",
  "等待",
  "计划在",
  "待ち",
  "予定",
  "예정",
  "대기 중",
  "因为",
  "由于",
  "延后",
  "推迟",
  "后续",
  "下一阶段",
  "不适用",
  "例外",
  "豁免",
  "已完成",
  "ため",
  "延期",
  "対象外",
  "後続",
  "次フェーズ",
  "완료",
  "때문",
  "연기",
  "해당 없음",
  "다음 단계",
  "porque",
  "debido a",
  "pospuesto",
  "fuera de alcance",
  "no aplica",
  "pois",
  "adiado",
  "fora do escopo",
  "não se aplica",
  "parce que",
  "reporté",
  "hors périmètre",
  "weil",
  "verschoben",
  "perché",
  "rinviato",
  "vì",
  "hoãn",
  // Russian, matched as word beginnings (`не критичны`, `отложены`, `неприменимо`).
  "потому что",
  "так как",
  "поскольку",
  "из-за",
  "отложен",
  "перенесен",
  "не применим",
  "неприменим",
  "не требуется",
  "не нужн",
  "не критичн",
  "вне рамок",
  "за рамками",
  "исключени",
  "этап реализации",
  "этапе реализации",
  "фазе реализации",
  "следующей фазе",
  "следующем этапе",
  // Deferred to the phase that can do it: `⏳ 待实现阶段`, `after implementation`, `Will
  // validate during /sp.tasks`, `after Phase 1 design`.
  "speckit tasks",
  "speckit implement",
  "sp tasks",
  "sp implement",
  "after phase",
  "implementation phase",
  "during implementation",
  "after implementation",
  "once implemented",
  "post implementation",
  "实现阶段",
  "实施阶段",
  "实现完成后",
  "计划完成后",
  "实装阶段",
  "實作階段",
  "實現階段",
  "實施階段",
  "実装フェーズ",
  "実装段階",
  "実装後",
  "구현 단계",
  "구현 후",
  "fase de implementación",
  "durante la implementación",
  "fase de implementação",
  "durante a implementação",
  "phase d'implémentation",
  "implementierungsphase"
];
var WORD_TRANSLATIONS = new Map(
  Object.entries({
    seguridad: "security",
    seguranca: "security",
    securite: "security",
    sicherheit: "security",
    sicurezza: "security",
    rendimiento: "performance",
    desempenho: "performance",
    leistung: "performance",
    prestazioni: "performance",
    escalabilidad: "scalability",
    escalabilidade: "scalability",
    skalierbarkeit: "scalability",
    scalabilita: "scalability",
    confiabilidad: "reliability",
    fiabilidad: "reliability",
    confiabilidade: "reliability",
    fiabilite: "reliability",
    zuverlassigkeit: "reliability",
    affidabilita: "reliability",
    mantenibilidad: "maintainability",
    manutenibilidade: "maintainability",
    maintenabilite: "maintainability",
    wartbarkeit: "maintainability",
    manutenibilita: "maintainability",
    sencillez: "simplicity",
    einfachheit: "simplicity",
    privacidad: "privacy",
    privacidade: "privacy",
    datenschutz: "privacy",
    barrierefreiheit: "accessibility",
    beobachtbarkeit: "observability",
    rastreabilidad: "traceability",
    rastreabilidade: "traceability",
    trazabilidad: "traceability",
    nachvollziehbarkeit: "traceability"
  })
);
var CJK_WORD_TRANSLATIONS = new Map(
  Object.entries({
    隐私: "privacy",
    隱私: "privacy",
    プライバシー: "privacy",
    개인정보: "privacy",
    프라이버시: "privacy",
    보안: "security",
    セキュリティ: "security",
    性能: "performance",
    效能: "performance",
    パフォーマンス: "performance",
    성능: "performance",
    本地优先: "local",
    本地優先: "local",
    离线: "offline",
    離線: "offline",
    オフライン: "offline",
    오프라인: "offline",
    可观测: "observability",
    可觀測: "observability",
    可観測: "observability",
    관측: "observability",
    无障碍: "accessibility",
    無障礙: "accessibility",
    アクセシビリティ: "accessibility",
    접근성: "accessibility",
    可靠性: "reliability",
    信頼性: "reliability",
    신뢰성: "reliability",
    可维护: "maintainability",
    可維護: "maintainability",
    保守性: "maintainability",
    유지보수: "maintainability",
    可扩展: "scalability",
    可擴展: "scalability",
    スケーラビリティ: "scalability",
    확장성: "scalability",
    简洁: "simplicity",
    簡潔: "simplicity",
    シンプル: "simplicity",
    단순: "simplicity",
    模块化: "modularity",
    模組化: "modularity",
    モジュール: "modularity",
    모듈: "modularity",
    国际化: "internationalization",
    國際化: "internationalization",
    국제화: "internationalization"
  })
);
var CJK_LABEL_TRANSLATIONS = new Map(
  Object.entries({
    架构: "architecture",
    架構: "architecture",
    アーキテクチャ: "architecture",
    아키텍처: "architecture",
    文档: "documentation",
    文檔: "documentation",
    ドキュメント: "documentation",
    문서: "documentation",
    复用: "reuse",
    重用: "reuse",
    再利用: "reuse",
    재사용: "reuse",
    测试: "test",
    測試: "test",
    テスト: "test",
    테스트: "test"
  })
);
var ABBREVIATIONS = new Map(
  Object.entries({
    // (`UX` and `UI` as their distinctive word: `user` is in many principles' names.)
    ux: "experience",
    ui: "interface",
    dx: "developer experience",
    a11y: "accessibility",
    i18n: "internationalization",
    l10n: "localization",
    perf: "performance",
    db: "database",
    authn: "authentication",
    authz: "authorization",
    obs: "observability",
    o11y: "observability"
  })
);

// src/engine/markdown.ts
var HTML_BLOCK = /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t]|\/?>|$)/iu;
var THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
var SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
var DELIMITER = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/;
var QUOTE = /^ {0,3}>[ \t]?/;
var isBlank = (c) => c === " " || c === "	";
var isDigit = (code2) => code2 >= 48 && code2 <= 57;
function atxHeading(line) {
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  let j = i;
  while (j < line.length && line[j] === "#") j++;
  const depth = j - i;
  if (depth < 1 || depth > 6) return null;
  if (j === line.length) return { depth, raw: "" };
  if (!isBlank(line[j])) return null;
  while (j < line.length && isBlank(line[j])) j++;
  let end = line.length;
  while (end > j && isBlank(line[end - 1])) end--;
  let hashes = end;
  while (hashes > j && line[hashes - 1] === "#") hashes--;
  if (hashes < end && hashes > j && isBlank(line[hashes - 1])) {
    end = hashes;
    while (end > j && isBlank(line[end - 1])) end--;
  }
  return { depth, raw: line.slice(j, end).trim() };
}
function indentColumns(line) {
  let col = 0;
  for (const c of line) {
    if (c === " ") col++;
    else if (c === "	") col += 4 - col % 4;
    else break;
  }
  return col;
}
function columnAt(line, index) {
  let col = 0;
  for (let k = 0; k < index && k < line.length; k++)
    col = line[k] === "	" ? col + 4 - col % 4 : col + 1;
  return col;
}
function closingFence(marker) {
  return new RegExp(`^[ \\t]*${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`);
}
function fenceOpen(line, from = 0) {
  let i = from;
  while (i < line.length && isBlank(line[i])) i++;
  const c = line[i];
  if (c !== "`" && c !== "~") return null;
  let j = i;
  while (line[j] === c) j++;
  if (j - i < 3) return null;
  return { marker: line.slice(i, j), info: line.slice(j) };
}
function listItem(line, from = 0) {
  let i = from;
  while (i < line.length && isBlank(line[i])) i++;
  let j = i;
  const c = line[j];
  if (c === "-" || c === "*" || c === "+") j++;
  else {
    while (j < line.length && j - i <= 9 && isDigit(line.charCodeAt(j))) j++;
    if (j === i || j - i > 9 || line[j] !== "." && line[j] !== ")") return null;
    j++;
  }
  if (j < line.length && !isBlank(line[j])) return null;
  while (j < line.length && isBlank(line[j])) j++;
  const markerEnd = j;
  let checkbox;
  const box = line[j + 1];
  if (line[j] === "[" && line[j + 2] === "]" && (box === " " || box === "x" || box === "X") && (j + 3 === line.length || isBlank(line[j + 3]))) {
    checkbox = box;
    j += 3;
    while (j < line.length && isBlank(line[j])) j++;
  }
  return { indent: i, markerEnd, checkbox, content: line.slice(j) };
}
function codeSpans(line) {
  if (!line.includes("`")) return [];
  const starts = [];
  const lengths = [];
  for (let i = 0; i < line.length; ) {
    if (line[i] !== "`") {
      i++;
      continue;
    }
    let j = i;
    while (line[j] === "`") j++;
    starts.push(i);
    lengths.push(j - i);
    i = j;
  }
  const next = new Array(starts.length).fill(-1);
  const seen = /* @__PURE__ */ new Map();
  for (let r = starts.length - 1; r >= 0; r--) {
    const n = lengths[r] ?? 0;
    next[r] = seen.get(n) ?? -1;
    seen.set(n, r);
  }
  const out = [];
  for (let r = 0; r < starts.length; ) {
    const close = next[r] ?? -1;
    if (close < 0) {
      r++;
      continue;
    }
    out.push([starts[r] ?? 0, (starts[close] ?? 0) + (lengths[close] ?? 0)]);
    r = close + 1;
  }
  return out;
}
function previousNonSpace(line, index) {
  let k = index - 1;
  while (k >= 0 && isWhiteCode(line.charCodeAt(k))) k--;
  return k;
}
function nextNonSpace(line, index) {
  let k = index;
  while (k < line.length && isWhiteCode(line.charCodeAt(k))) k++;
  return k;
}
function isWhiteCode(c) {
  return c <= 32 ? c === 32 || c >= 9 && c <= 13 : c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function withoutListMarker(text) {
  const start = nextNonSpace(text, 0);
  let i = start;
  const c = text[i];
  if (c === "-" || c === "*" || c === "+") i++;
  else {
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === start || text[i] !== "." && text[i] !== ")") return text.slice(start);
    i++;
  }
  const after = nextNonSpace(text, i);
  return after > i ? text.slice(after) : text.slice(start);
}
function leadingBold(text) {
  const i = nextNonSpace(text, 0);
  const mark = text[i];
  if (mark !== "*" && mark !== "_" || text[i + 1] !== mark) return null;
  for (let k = i + 3; k < text.length - 1; k++) {
    const c = text[k];
    if ((c === "*" || c === "_") && text[k + 1] === c) return text.slice(i + 2, k);
  }
  return null;
}
function spanCursor(spans) {
  let k = 0;
  return (index) => {
    while (k < spans.length && (spans[k]?.[1] ?? 0) <= index) k++;
    const span = spans[k];
    return span !== void 0 && index > span[0] && index < span[1];
  };
}
var LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
var CHECKBOX_ITEM = new RegExp(`${LIST_MARKER.source}\\[[ xX]\\]`);
function leadingSpaces(line) {
  let n = 0;
  while (n < line.length && (line[n] === " " || line[n] === "	")) n++;
  return n;
}
function splitRow(line) {
  let s = unquoted(line).trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !escapedAt(s, s.length - 1)) s = s.slice(0, -1);
  const cells = [];
  let from = 0;
  for (let k = s.indexOf("|"); k >= 0; k = s.indexOf("|", k + 1)) {
    if (escapedAt(s, k)) continue;
    cells.push(s.slice(from, k));
    from = k + 1;
  }
  cells.push(s.slice(from));
  return cells.map((cell) => cell.replaceAll("\\|", "|").trim());
}
function escapedAt(s, index) {
  let n = 0;
  for (let k = index - 1; k >= 0 && s[k] === "\\"; k--) n++;
  return n % 2 === 1;
}
function splitLines(text) {
  return text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
}
function listItemAt(doc, lineNo) {
  if (doc.kinds[lineNo - 1] !== "list-item") return void 0;
  const raw = doc.lines[lineNo - 1] ?? "";
  const line = unquoted(raw);
  const item = listItem(line);
  if (!item) return void 0;
  return {
    line: lineNo,
    column: raw.length - line.length + item.indent + 1,
    checked: item.checkbox === void 0 ? null : item.checkbox !== " ",
    content: item.content,
    contentColumn: raw.length - item.content.length + 1
  };
}
function unquoted(raw) {
  const c = raw.charCodeAt(0);
  return c === 62 || c === 32 ? raw.replace(QUOTE, "") : raw;
}
function scan(text) {
  const lines = splitLines(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  const kinds = new Array(lines.length).fill("text");
  const headings = [];
  const tables = [];
  const codeBlocks = [];
  const comments = [];
  const indents = new Array(lines.length).fill(-2);
  let i = 0;
  let paragraphOpen = false;
  let paragraphStart = 0;
  let paragraphQuoted = false;
  let paragraphItem = -1;
  let itemContent = -1;
  while (i < lines.length) {
    const raw = lines[i] ?? "";
    const line = unquoted(raw);
    const quoted = line.length !== raw.length;
    const lineNo = i + 1;
    const openItem = itemContent;
    itemContent = -1;
    let blanks = 0;
    while (blanks < line.length && isBlank(line[blanks])) blanks++;
    const first2 = nextNonSpace(line, blanks);
    const lead = line[first2];
    if (!quoted) indents[i] = first2 === line.length ? -1 : first2;
    if (first2 === line.length) {
      kinds[i] = "blank";
      paragraphOpen = false;
      i++;
      continue;
    }
    const fence = fenceOpen(line, blanks);
    if (fence && !(fence.marker.startsWith("`") && fence.info.includes("`"))) {
      const close = closingFence(fence.marker);
      const deepest = indentColumns(line) + 3;
      const closes2 = (l) => close.test(l) && indentColumns(l) <= deepest;
      kinds[i] = "fence";
      let j = i + 1;
      while (j < lines.length && !closes2(unquoted(lines[j] ?? ""))) {
        kinds[j] = "code";
        j++;
      }
      if (j < lines.length) kinds[j] = "fence";
      codeBlocks.push({
        line: lineNo,
        endLine: Math.min(j, lines.length - 1) + 1,
        info: fence.info.trim()
      });
      i = j + 1;
      paragraphOpen = false;
      continue;
    }
    if (lead === "<" && /^ {0,3}<!--/.test(line)) {
      let j = i;
      let body = "";
      for (; j < lines.length; j++) {
        const l = lines[j] ?? "";
        kinds[j] = "comment";
        body += (j === i ? l.replace(/^\s*<!--/, "") : l) + "\n";
        if ((j === i ? l.replace(/^\s*<!--/, "") : l).includes("-->")) break;
      }
      comments.push({
        line: lineNo,
        endLine: Math.min(j, lines.length - 1) + 1,
        text: body.replace(/-->[\s\S]*$/, "").trim()
      });
      i = j + 1;
      paragraphOpen = false;
      continue;
    }
    if (lead === "<" && HTML_BLOCK.test(line)) {
      let j = i;
      while (j < lines.length) {
        const l = unquoted(lines[j] ?? "");
        if (nextNonSpace(l, 0) === l.length) break;
        kinds[j] = "text";
        j++;
      }
      i = j;
      paragraphOpen = false;
      continue;
    }
    const atx = atxHeading(line);
    if (atx) {
      kinds[i] = "heading";
      headings.push({ line: lineNo, depth: atx.depth, raw: atx.raw, index: headings.length });
      paragraphOpen = false;
      i++;
      continue;
    }
    if (paragraphOpen && (lead === "=" || lead === "-") && SETEXT.test(line) && quoted === paragraphQuoted && (paragraphItem < 0 || leadingSpaces(line) >= paragraphItem)) {
      kinds[i] = "setext-underline";
      const text2 = [];
      for (let k = paragraphStart; k < i; k++) {
        kinds[k] = "heading";
        const l = unquoted(lines[k] ?? "");
        text2.push(
          (k === paragraphStart && paragraphItem >= 0 ? l.replace(LIST_MARKER, "") : l).trim()
        );
      }
      headings.push({
        line: paragraphStart + 1,
        depth: line.trim().startsWith("=") ? 1 : 2,
        raw: text2.join(" "),
        index: headings.length
      });
      paragraphOpen = false;
      i++;
      continue;
    }
    if ((lead === "-" || lead === "*" || lead === "_") && THEMATIC.test(line)) {
      kinds[i] = "thematic-break";
      paragraphOpen = false;
      i++;
      continue;
    }
    if (line.includes("|") && !(openItem >= 0 && leadingSpaces(line) < openItem) && DELIMITER.test(unquoted(lines[i + 1] ?? "")) && (lines[i + 1] ?? "").includes("-")) {
      const header = splitRow(line);
      const delimiterCells = splitRow(lines[i + 1] ?? "");
      if (header.length === delimiterCells.length) {
        kinds[i] = "table";
        kinds[i + 1] = "table";
        const rows = [];
        let j = i + 2;
        const quoted2 = QUOTE.test(raw);
        const base = leadingSpaces(line);
        for (; j < lines.length; j++) {
          const l = unquoted(lines[j] ?? "");
          if (l.trim() === "" || leadingSpaces(l) >= base + 4 || QUOTE.test(lines[j] ?? "") !== quoted2 || atxHeading(l) !== null || fenceOpen(l) !== null || listItem(l) !== null || /^ {0,3}</.test(l) || !l.includes("|") && THEMATIC.test(l))
            break;
          kinds[j] = "table";
          rows.push({ line: j + 1, cells: splitRow(l) });
        }
        tables.push({ line: lineNo, endLine: j, header, rows });
        i = j;
        paragraphOpen = false;
        continue;
      }
    }
    const item = listItem(line, blanks);
    const inner = item && item.checkbox === void 0 ? fenceOpen(line, item.markerEnd) : null;
    if (item && inner && !(inner.marker.startsWith("`") && inner.info.includes("`"))) {
      const column = columnAt(line, item.markerEnd);
      const close = closingFence(inner.marker);
      kinds[i] = "fence";
      let j = i + 1;
      let endLine = lines.length;
      for (; j < lines.length; j++) {
        const l = unquoted(lines[j] ?? "");
        if (nextNonSpace(l, 0) === l.length) {
          kinds[j] = "code";
          continue;
        }
        const indent = indentColumns(l);
        if (indent < column) {
          endLine = listItem(l) !== null ? j + 1 : j;
          break;
        }
        if (close.test(l) && indent - column <= 3) {
          kinds[j] = "fence";
          endLine = j + 1;
          j++;
          break;
        }
        kinds[j] = "code";
      }
      codeBlocks.push({ line: lineNo, endLine, info: inner.info.trim() });
      i = j;
      paragraphOpen = false;
      continue;
    }
    if (item) {
      const { markerEnd, content } = item;
      kinds[i] = "list-item";
      paragraphOpen = content.trim() !== "";
      if (paragraphOpen) {
        itemContent = markerEnd;
        paragraphStart = i;
        paragraphQuoted = quoted;
        paragraphItem = itemContent;
      }
      i++;
      continue;
    }
    kinds[i] = "text";
    itemContent = openItem;
    if (!paragraphOpen) {
      paragraphStart = i;
      paragraphQuoted = quoted;
      paragraphItem = -1;
    }
    paragraphOpen = true;
    i++;
  }
  for (let k = 0; k < lines.length; k++) {
    if (indents[k] !== -2) continue;
    const l = lines[k] ?? "";
    const n = nextNonSpace(l, 0);
    indents[k] = n === l.length ? -1 : n;
  }
  return { lines, kinds, indents, headings, tables, codeBlocks, comments };
}
function isDelimiterRow(line) {
  return DELIMITER.test(line);
}
function isProse(kind) {
  return kind !== void 0 && kind !== "code" && kind !== "fence" && kind !== "comment";
}
function plainText(inline2) {
  if (!/[[\]<*_`\\!]/.test(inline2)) return inline2.replace(/\s+/g, " ").trim();
  let s = inline2;
  if (s.includes("](")) {
    if (s.includes("![")) s = s.replace(/!\[([^[\]]*)\]\([^()]*\)/g, "$1");
    s = s.replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1");
  }
  if (s.includes("<")) s = s.replace(/<\/?[a-zA-Z][^<>]*>/g, "");
  if (s.includes("**") || s.includes("__")) s = s.replace(/(\*\*|__)(.*?)\1/g, "$2");
  if (s.includes("*") || s.includes("_"))
    s = s.replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, "$1$2");
  if (s.includes("`")) s = s.replace(/`([^`]*)`/g, "$1");
  if (s.includes("\\")) s = s.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1");
  return s.replace(/\s+/g, " ").trim();
}

// src/engine/lexicon/hant-fold.ts
var HANT_FOLD_PAIRS = "㑯㑔㑳㑇㑶㐹㓨刾㘚㘎㜄㚯㜏㛣㠏㟆㥮㤘㩜㨫㩳㧐㩵擜䁻䀥䃮鿎䊷䌶䋙䌺䋚䌻䋹䌿䋻䌾䍦䍠䎱䎬䙡䙌䜀䜧䝼䞍䥇䦂䥑鿏䥱䥾䦛䦶䦟䦷䯀䯅䰾鲃䱷䲣䱽䲝䲁鳚䲘鳤䴉鹮丟丢並并乾干亂乱亙亘亞亚佇伫佈布佔占併并來来侖仑侶侣侷局俁俣係系俔伣俠侠俥伡俬私倀伥倆俩倈俫倉仓個个們们倖幸倫伦倲㑈偉伟偑㐽側侧偵侦偽伪傌㐷傑杰傖伧傘伞備备傢家傭佣傯偬傳传傴伛債债傷伤傾倾僂偻僅仅僉佥僑侨僕仆僞伪僥侥僨偾僱雇價价儀仪儁俊儂侬億亿儈侩儉俭儎傤儐傧儔俦儕侪儘尽償偿優优儲储儷俪儸㑩儺傩儻傥儼俨兇凶兌兑兒儿兗兖內内兩两冊册冑胄冪幂凈净凍冻凜凛凱凯別别刪删剄刭則则剋克剎刹剗刬剛刚剝剥剮剐剴剀創创剷铲劃划劄札劇剧劉刘劊刽劌刿劍剑劏㓥劑剂劚㔉勁劲動动務务勛勋勝胜勞劳勢势勩勚勱劢勳勋勵励勸劝勻匀匭匦匯汇匱匮區区協协卹恤卻却卽即厙厍厠厕厤历厭厌厲厉厴厣參参叄叁叢丛吒咤吳吴吶呐呂吕咼呙員员唄呗唸念問问啓启啞哑啟启啢唡喎㖞喚唤喪丧喫吃喬乔單单喲哟嗆呛嗇啬嗊唝嗎吗嗚呜嗩唢嗶哔嘆叹嘍喽嘓啯嘔呕嘖啧嘗尝嘜唛嘩哗嘮唠嘯啸嘰叽嘵哓嘸呒嘽啴噁恶噓嘘噚㖊噝咝噠哒噥哝噦哕噯嗳噲哙噴喷噸吨噹当嚀咛嚇吓嚌哜嚐尝嚕噜嚙啮嚥咽嚦呖嚨咙嚮向嚲亸嚳喾嚴严嚶嘤囀啭囁嗫囂嚣囅冁囈呓囉啰囌苏囑嘱囪囱圇囵國国圍围園园圓圆圖图團团垻坝埡垭埰采執执堅坚堊垩堖垴堝埚堯尧報报場场塊块塋茔塏垲塒埘塗涂塚冢塢坞塤埙塵尘塹堑墊垫墜坠墮堕墰坛墳坟墶垯墻墙墾垦壇坛壋垱壎埙壓压壘垒壙圹壚垆壜坛壞坏壟垄壠垅壢坜壩坝壪塆壯壮壺壶壼壸壽寿夠够夢梦夥伙夾夹奐奂奧奥奩奁奪夺奬奖奮奋奼姹妝妆姍姗姦奸娛娱婁娄婦妇婭娅媧娲媯妫媰㛀媼媪媽妈嫋袅嫗妪嫵妩嫺娴嫻娴嫿婳嬀妫嬃媭嬈娆嬋婵嬌娇嬙嫱嬡嫒嬤嬷嬪嫔嬰婴嬸婶孃娘孋㛤孌娈孫孙學学孿孪宮宫寀采寢寝實实寧宁審审寫写寬宽寵宠寶宝將将專专尋寻對对導导尷尴屆届屍尸屓屃屜屉屢屡層层屨屦屬属岡冈峯峰峴岘島岛峽峡崍崃崑昆崗岗崙仑崢峥崬岽嵐岚嵗岁嵾㟥嶁嵝嶄崭嶇岖嶔嵚嶗崂嶠峤嶢峣嶧峄嶨峃嶮崄嶸嵘嶺岭嶼屿嶽岳巋岿巒峦巔巅巖岩巰巯巹卺帥帅師师帳帐帶带幀帧幃帏幓㡎幗帼幘帻幟帜幣币幫帮幬帱幷并幹干幾几庫库廁厕廂厢廄厩廈厦廎庼廕荫廚厨廝厮廟庙廠厂廡庑廢废廣广廩廪廬庐廳厅弒弑弔吊弳弪張张強强彆别彈弹彌弥彎弯彔录彙汇彠彟彥彦彫雕彲彨彿佛後后徑径從从徠徕復复徵征徹彻恆恒恥耻悅悦悞悮悵怅悶闷悽凄惡恶惱恼惲恽惻恻愛爱愜惬愨悫愴怆愷恺愾忾慄栗態态慍愠慘惨慚惭慟恸慣惯慤悫慪怄慫怂慮虑慳悭慶庆慺㥪慼戚慾欲憂忧憊惫憐怜憑凭憒愦憖慭憚惮憤愤憫悯憮怃憲宪憶忆懇恳應应懌怿懍懔懞蒙懟怼懣懑懤㤽懨恹懲惩懶懒懷怀懸悬懺忏懼惧懾慑戀恋戇戆戔戋戧戗戩戬戰战戱戯戲戏戶户扞捍拋抛拚拼挩捝挱挲挾挟捨舍捫扪捱挨捲卷掃扫掄抡掆㧏掗挜掙挣掛挂採采揀拣揚扬換换揮挥揯搄損损搖摇搗捣搧扇搵揾搶抢摑掴摜掼摟搂摯挚摳抠摶抟摺折摻掺撈捞撏挦撐撑撓挠撝㧑撟挢撣掸撥拨撫抚撲扑撳揿撻挞撾挝撿捡擁拥擄掳擇择擊击擋挡擓㧟擔担據据擠挤擡抬擣捣擬拟擯摈擰拧擱搁擲掷擴扩擷撷擺摆擻擞擼撸擽㧰擾扰攄摅攆撵攏拢攔拦攖撄攙搀攛撺攜携攝摄攢攒攣挛攤摊攪搅攬揽敎教敓敚敗败敘叙敵敌數数斂敛斃毙斆敩斕斓斬斩斷断於于旂旗旣既昇升時时晉晋晝昼暈晕暉晖暘旸暢畅暫暂曄晔曆历曇昙曉晓曏向曖暧曠旷曨昽曬晒書书會会朧胧朮术東东枴拐柵栅柺拐査查桿杆梔栀梘枧條条梟枭梲棁棄弃棊棋棖枨棗枣棟栋棡㭎棧栈棲栖棶梾椏桠椲㭏楊杨楓枫楨桢業业極极榘矩榦干榪杩榮荣榲榅榿桤構构槍枪槓杠槤梿槧椠槨椁槮椮槳桨槶椢槼椝樁桩樂乐樅枞樑梁樓楼標标樞枢樢㭤樣样樧榝樫㭴樳桪樸朴樹树樺桦樿椫橈桡橋桥機机橢椭橫横檁檩檉柽檔档檜桧檟槚檢检檣樯檮梼檯台檳槟檸柠檻槛櫃柜櫓橹櫚榈櫛栉櫝椟櫞橼櫟栎櫥橱櫧槠櫨栌櫪枥櫫橥櫬榇櫱蘖櫳栊櫸榉櫻樱欄栏欅榉權权欏椤欒栾欖榄欞棂欽钦歎叹歐欧歟欤歡欢歲岁歷历歸归歿殁殘残殞殒殤殇殨㱮殫殚殭僵殮殓殯殡殰㱩殲歼殺杀殻壳殼壳毀毁毆殴毿毵氂牦氈毡氌氇氣气氫氢氬氩氳氲氾泛汎泛汙污決决沒没沖冲況况泝溯洩泄洶汹浹浃涇泾涗涚涼凉淒凄淚泪淥渌淨净淩凌淪沦淵渊淶涞淺浅渙涣減减渢沨渦涡測测渾浑湊凑湞浈湧涌湯汤溈沩準准溝沟溫温溮浉溳涢溼湿滄沧滅灭滌涤滎荥滙汇滬沪滯滞滲渗滷卤滸浒滻浐滾滚滿满漁渔漊溇漚沤漢汉漣涟漬渍漲涨漵溆漸渐漿浆潁颍潑泼潔洁潙沩潚㴋潛潜潤润潯浔潰溃潷滗潿涠澀涩澆浇澇涝澐沄澗涧澠渑澤泽澦滪澩泶澮浍澱淀澾㳠濁浊濃浓濄㳡濕湿濘泞濚溁濛蒙濜浕濟济濤涛濧㳔濫滥濰潍濱滨濺溅濼泺濾滤瀂澛瀅滢瀆渎瀇㲿瀉泻瀋沈瀏浏瀕濒瀘泸瀝沥瀟潇瀠潆瀦潴瀧泷瀨濑瀰弥瀲潋瀾澜灃沣灄滠灑洒灕漓灘滩灝灏灡㳕灣湾灤滦灧滟灩滟災灾為为烏乌烴烃無无煉炼煒炜煙烟煢茕煥焕煩烦煬炀煱㶽熅煴熒荧熗炝熱热熲颎熾炽燁烨燈灯燉炖燒烧燙烫燜焖營营燦灿燬毁燭烛燴烩燶㶶燻熏燼烬燾焘爍烁爐炉爛烂爭争爲为爺爷爾尔牀床牆墙牘牍牴抵牽牵犖荦犛牦犢犊犧牺狀状狹狭狽狈猙狰猶犹猻狲獁犸獃呆獄狱獅狮獎奖獨独獪狯獫猃獮狝獰狞獱㺍獲获獵猎獷犷獸兽獺獭獻献獼猕玀猡現现琱雕琺珐琿珲瑋玮瑒玚瑣琐瑤瑶瑩莹瑪玛瑲玱璉琏璡琎璣玑璦瑷璫珰璯㻅環环璵玙璸瑸璽玺璿璇瓊琼瓏珑瓔璎瓚瓒甌瓯甕瓮產产産产畝亩畢毕畫画異异畵画當当疇畴疊叠痙痉痠酸痾疴瘂痖瘋疯瘍疡瘓痪瘞瘗瘡疮瘧疟瘮瘆瘲疭瘺瘘瘻瘘療疗癆痨癇痫癉瘅癒愈癘疠癟瘪癡痴癢痒癤疖癥症癧疬癩癞癬癣癭瘿癮瘾癰痈癱瘫癲癫發发皁皂皚皑皰疱皸皲皺皱盃杯盜盗盞盏盡尽監监盤盘盧卢盪荡眞真眥眦眾众睏困睜睁睞睐瞘眍瞜䁖瞞瞒瞶瞆瞼睑矇蒙矓眬矚瞩矯矫硃朱硜硁硤硖硨砗硯砚碕埼碩硕碭砀碸砜確确碼码碽䂵磑硙磚砖磠硵磣碜磧碛磯矶磽硗磾䃅礄硚礎础礙碍礦矿礪砺礫砾礬矾礱砻祕秘祿禄禍祸禎祯禕祎禡祃禦御禪禅禮礼禰祢禱祷禿秃秈籼稅税稈秆稏䅉稜棱稟禀種种稱称穀谷穇䅟穌稣積积穎颖穠秾穡穑穢秽穩稳穫获穭穞窩窝窪洼窮穷窯窑窵窎窶窭窺窥竄窜竅窍竇窦竈灶竊窃竪竖競竞筆笔筍笋筧笕筴䇲箇个箋笺箏筝箚札節节範范築筑篋箧篔筼篠筿篤笃篩筛篳筚簀箦簍篓簑蓑簞箪簡简簣篑簫箫簹筜簽签簾帘籃篮籌筹籔䉤籙箓籛篯籜箨籟籁籠笼籤签籩笾籪簖籬篱籮箩籲吁粵粤糉粽糝糁糞粪糧粮糰团糲粝糴籴糶粜糹纟糾纠紀纪紂纣約约紅红紆纡紇纥紈纨紉纫紋纹納纳紐纽紓纾純纯紕纰紖纼紗纱紘纮紙纸級级紛纷紜纭紝纴紡纺紬䌷紮扎細细紱绂紲绁紳绅紵纻紹绍紺绀紼绋紿绐絀绌終终絃弦組组絅䌹絆绊絎绗結结絕绝絛绦絝绔絞绞絡络絢绚給给絨绒絰绖統统絲丝絳绛絶绝絹绢綁绑綃绡綆绠綈绨綉绣綌绤綏绥綐䌼綑捆經经綜综綞缍綠绿綢绸綣绻綫线綬绶維维綯绹綰绾綱纲網网綳绷綴缀綵彩綸纶綹绺綺绮綻绽綽绰綾绫綿绵緄绲緇缁緊紧緋绯緑绿緒绪緓绬緔绱緗缃緘缄緙缂線线緝缉緞缎締缔緡缗緣缘緦缌編编緩缓緬缅緯纬緱缑緲缈練练緶缏緹缇緻致緼缊縈萦縉缙縊缢縋缒縐绉縑缣縕缊縗缞縛缚縝缜縞缟縟缛縣县縧绦縫缝縭缡縮缩縱纵縲缧縳䌸縴纤縵缦縶絷縷缕縹缥總总績绩繃绷繅缫繆缪繒缯織织繕缮繚缭繞绕繡绣繢缋繩绳繪绘繫系繭茧繮缰繯缳繰缲繳缴繸䍁繹绎繼继繽缤繾缱繿䍀纇颣纈缬纊纩續续纍累纏缠纓缨纔才纖纤纘缵纜缆缽钵罃䓨罈坛罌罂罎坛罰罚罵骂罷罢羅罗羆罴羈羁羋芈羣群羥羟羨羡義义羶膻習习翫玩翬翚翹翘翽翙耬耧耮耢聖圣聞闻聯联聰聪聲声聳耸聵聩聶聂職职聹聍聽听聾聋肅肃脅胁脈脉脛胫脣唇脩修脫脱脹胀腎肾腖胨腡脶腦脑腫肿腳脚腸肠膃腽膕腘膚肤膞䏝膠胶膩腻膽胆膾脍膿脓臉脸臍脐臏膑臘腊臚胪臟脏臠脔臢臜臥卧臨临臺台與与興兴舉举舊旧舖铺舘馆艙舱艤舣艦舰艫舻艱艰艷艳芻刍苧苎茲兹荊荆莊庄莖茎莢荚莧苋華华菴庵菸烟萇苌萊莱萬万萴荝萵莴葉叶葒荭葤荮葦苇葯药葷荤蒐搜蒓莼蒔莳蒕蒀蒞莅蒼苍蓀荪蓆席蓋盖蓮莲蓯苁蓴莼蓽荜蔔卜蔘参蔞蒌蔣蒋蔥葱蔦茑蔭荫蕁荨蕆蒇蕎荞蕒荬蕓芸蕕莸蕘荛蕢蒉蕩荡蕪芜蕭萧蕷蓣薀蕰薈荟薊蓟薌芗薑姜薔蔷薘荙薟莶薦荐薩萨薳䓕薴苧薵䓓薹苔薺荠藍蓝藎荩藝艺藥药藪薮藭䓖藴蕴藶苈藹蔼藺蔺蘀萚蘄蕲蘆芦蘇苏蘊蕴蘋苹蘚藓蘞蔹蘢茏蘭兰蘺蓠蘿萝虆蔂處处虛虚虜虏號号虧亏虯虬蛺蛱蛻蜕蜆蚬蝕蚀蝟猬蝦虾蝨虱蝸蜗螄蛳螞蚂螢萤螮䗖螻蝼螿螀蟄蛰蟈蝈蟎螨蟣虮蟬蝉蟯蛲蟲虫蟶蛏蟻蚁蠁蚃蠅蝇蠆虿蠍蝎蠐蛴蠑蝾蠔蚝蠟蜡蠣蛎蠨蟏蠱蛊蠶蚕蠻蛮衆众衊蔑術术衕同衚胡衛卫衝冲袞衮袷夹裊袅裏里補补裝装裡里製制複复褌裈褘袆褲裤褳裢褸褛褻亵襇裥襉裥襏袯襖袄襝裣襠裆襤褴襪袜襬摆襯衬襲袭襴襕覈核見见覎觃規规覓觅視视覘觇覡觋覥觍覦觎親亲覬觊覯觏覲觐覷觑覺觉覽览覿觌觀观觴觞觶觯觸触訁讠訂订訃讣計计訊讯訌讧討讨訐讦訒讱訓训訕讪訖讫託托記记訛讹訝讶訟讼訢䜣訣诀訥讷訩讻訪访設设許许訴诉訶诃診诊註注証证詁诂詆诋詎讵詐诈詒诒詔诏評评詖诐詗诇詘诎詛诅詞词詠咏詡诩詢询詣诣試试詩诗詫诧詬诟詭诡詮诠詰诘話话該该詳详詵诜詼诙詿诖誄诔誅诛誆诓誇夸誌志認认誑诳誒诶誕诞誘诱誚诮語语誠诚誡诫誣诬誤误誥诰誦诵誨诲說说説说誰谁課课誶谇誹诽誼谊誾訚調调諂谄諄谆談谈諉诿請请諍诤諏诹諑诼諒谅論论諗谂諛谀諜谍諝谞諞谝諡谥諢诨諤谔諦谛諧谐諫谏諭谕諮咨諱讳諳谙諶谌諷讽諸诸諺谚諼谖諾诺謀谋謁谒謂谓謄誊謅诌謊谎謎谜謐谧謔谑謖谡謗谤謙谦謚谥講讲謝谢謠谣謡谣謨谟謫谪謬谬謭谫謳讴謹谨謾谩譁哗證证譎谲譏讥譖谮識识譙谯譚谭譜谱譟噪譫谵譭毁譯译議议譴谴護护譸诪譽誉譾谫讀读讅谉變变讋詟讌䜩讎雠讒谗讓让讕谰讖谶讚赞讜谠讞谳谿溪豈岂豎竖豐丰豔艳豬猪豶豮貍狸貓猫貙䝙貝贝貞贞貟贠負负財财貢贡貧贫貨货販贩貪贪貫贯責责貯贮貰贳貲赀貳贰貴贵貶贬買买貸贷貺贶費费貼贴貽贻貿贸賀贺賁贲賂赂賃赁賄贿賅赅資资賈贾賊贼賑赈賒赊賓宾賕赇賙赒賚赉賜赐賞赏賠赔賡赓賢贤賣卖賤贱賦赋賧赕質质賫赍賬账賭赌賰䞐賴赖賵赗賺赚賻赙購购賽赛賾赜贄贽贅赘贇赟贈赠贊赞贋赝贍赡贏赢贐赆贓赃贔赑贖赎贗赝贛赣贜赃赬赪趕赶趙赵趨趋趲趱跡迹踐践踰逾踴踊蹌跄蹕跸蹟迹蹠跖蹣蹒蹤踪蹺跷躂跶躉趸躊踌躋跻躍跃躎䟢躑踯躒跞躓踬躕蹰躚跹躡蹑躥蹿躦躜躪躏軀躯車车軋轧軌轨軍军軑轪軒轩軔轫軛轭軟软軤轷軫轸軲轱軸轴軹轵軺轺軻轲軼轶軾轼較较輅辂輇辁輈辀載载輊轾輒辄輓挽輔辅輕轻輛辆輜辎輝辉輞辋輟辍輥辊輦辇輩辈輪轮輬辌輯辑輳辏輸输輻辐輼辒輾辗輿舆轀辒轂毂轄辖轅辕轆辘轉转轍辙轎轿轔辚轟轰轡辔轢轹轤轳辦办辭辞辮辫辯辩農农迴回逕径這这連连週周進进遊游運运過过達达違违遙遥遜逊遞递遠远遡溯適适遲迟遶绕遷迁選选遺遗遼辽邁迈還还邇迩邊边邏逻邐逦郟郏郵邮鄆郓鄉乡鄒邹鄔邬鄖郧鄧邓鄭郑鄰邻鄲郸鄴邺鄶郐鄺邝酇酂酈郦醃腌醖酝醜丑醞酝醟蒏醣糖醫医醬酱醱酦釀酿釁衅釃酾釅酽釋释釐厘釒钅釓钆釔钇釕钌釗钊釘钉釙钋針针釣钓釤钐釦扣釧钏釩钒釵钗釷钍釹钕釺钎釾䥺鈀钯鈁钫鈃钘鈄钭鈅钥鈈钚鈉钠鈍钝鈎钩鈐钤鈑钣鈒钑鈔钞鈕钮鈞钧鈡钟鈣钙鈥钬鈦钛鈧钪鈮铌鈰铈鈳钶鈴铃鈷钴鈸钹鈹铍鈺钰鈽钸鈾铀鈿钿鉀钾鉅巨鉆钻鉈铊鉉铉鉋铇鉍铋鉑铂鉕钷鉗钳鉚铆鉛铅鉞钺鉢钵鉤钩鉦钲鉬钼鉭钽鉳锫鉶铏鉸铰鉺铒鉻铬鉿铪銀银銃铳銅铜銍铚銑铣銓铨銖铢銘铭銚铫銛铦銜衔銠铑銣铷銥铱銦铟銨铵銩铥銪铕銫铯銬铐銱铞銳锐銷销銹锈銻锑銼锉鋁铝鋃锒鋅锌鋇钡鋌铤鋏铗鋒锋鋙铻鋝锊鋟锓鋣铘鋤锄鋥锃鋦锔鋨锇鋩铓鋪铺鋭锐鋮铖鋯锆鋰锂鋱铽鋶锍鋸锯鋼钢錁锞錄录錆锖錇锫錈锩錏铔錐锥錒锕錕锟錘锤錙锱錚铮錛锛錟锬錠锭錡锜錢钱錦锦錨锚錩锠錫锡錮锢錯错録录錳锰錶表錸铼錼镎鍀锝鍁锨鍃锪鍅钫鍆钔鍇锴鍈锳鍊炼鍋锅鍍镀鍔锷鍘铡鍚钖鍛锻鍠锽鍤锸鍥锲鍩锘鍬锹鍰锾鍵键鍶锶鍺锗鍼针鍾钟鎂镁鎄锿鎇镅鎊镑鎌镰鎔镕鎖锁鎘镉鎚锤鎛镈鎡镃鎢钨鎣蓥鎦镏鎧铠鎩铩鎪锼鎬镐鎭镇鎮镇鎰镒鎲镋鎳镍鎵镓鎶鿔鎸镌鎿镎鏃镞鏇旋鏈链鏌镆鏍镙鏐镠鏑镝鏗铿鏘锵鏜镗鏝镘鏞镛鏟铲鏡镜鏢镖鏤镂鏨錾鏰镚鏵铧鏷镤鏹镪鏺䥽鏽锈鐃铙鐋铴鐐镣鐒铹鐓镦鐔镡鐘钟鐙镫鐝镢鐠镨鐥䦅鐦锎鐧锏鐨镄鐫镌鐮镰鐯䦃鐲镯鐳镭鐵铁鐶镮鐸铎鐺铛鐿镱鑄铸鑊镬鑌镔鑑鉴鑒鉴鑔镲鑕锧鑞镴鑠铄鑣镳鑥镥鑭镧鑰钥鑱镵鑲镶鑷镊鑹镩鑼锣鑽钻鑾銮鑿凿钁镢钂镋長长門门閂闩閃闪閆闫閈闬閉闭開开閌闶閎闳閏闰閑闲閒闲間间閔闵閘闸閡阂閣阁閤合閥阀閨闺閩闽閫阃閬阆閭闾閱阅閲阅閶阊閹阉閻阎閼阏閽阍閾阈閿阌闃阒闆板闇暗闈闱闊阔闋阕闌阑闍阇闐阗闒阘闓闿闔阖闕阙闖闯關关闞阚闠阓闡阐闢辟闤阛闥闼陘陉陝陕陞升陣阵陰阴陳陈陸陆陽阳隉陧隊队階阶隕陨際际隨随險险隯陦隱隐隴陇隸隶隻只雋隽雖虽雙双雛雏雜杂雞鸡離离難难雲云電电霑沾霢霡霧雾霽霁靂雳靄霭靆叇靈灵靉叆靚靓靜静靝靔靦腼靨靥鞏巩鞝绱鞦秋鞽鞒韁缰韃鞑韆千韉鞯韋韦韌韧韍韨韓韩韙韪韜韬韝鞲韞韫韻韵響响頁页頂顶頃顷項项順顺頇顸須须頊顼頌颂頎颀頏颃預预頑顽頒颁頓顿頗颇領领頜颌頡颉頤颐頦颏頭头頮颒頰颊頲颋頴颕頷颔頸颈頹颓頻频頽颓顆颗題题額额顎颚顏颜顒颙顓颛顔颜願愿顙颡顛颠類类顢颟顥颢顧顾顫颤顬颥顯显顰颦顱颅顳颞顴颧風风颭飐颮飑颯飒颱台颳刮颶飓颸飔颺飏颻飖颼飕飀飗飄飘飆飙飈飚飛飞飠饣飢饥飣饤飥饦飩饨飪饪飫饫飭饬飯饭飱飧飲饮飴饴飼饲飽饱飾饰飿饳餃饺餄饸餅饼餈糍餉饷養养餌饵餎饹餏饻餑饽餒馁餓饿餕馂餖饾餘余餚肴餛馄餜馃餞饯餡馅館馆餬糊餱糇餳饧餵喂餶馉餷馇餺馎餼饩餾馏餿馊饁馌饃馍饅馒饈馐饉馑饊馓饋馈饌馔饑饥饒饶饗飨饜餍饞馋饢馕馬马馭驭馮冯馱驮馳驰馴驯馹驲駁驳駐驻駑驽駒驹駔驵駕驾駘骀駙驸駛驶駝驼駟驷駡骂駢骈駭骇駰骃駱骆駸骎駿骏騁骋騂骍騅骓騌骔騍骒騎骑騏骐騖骛騙骗騤骙騧䯄騫骞騭骘騮骝騰腾騶驺騷骚騸骟騾骡驀蓦驁骜驂骖驃骠驄骢驅驱驊骅驌骕驍骁驏骣驕骄驗验驚惊驛驿驟骤驢驴驤骧驥骥驦骦驪骊驫骉骯肮髏髅髒脏體体髕髌髖髋髮发鬆松鬍胡鬚须鬢鬓鬥斗鬧闹鬨哄鬩阋鬮阄鬱郁鬹鬶魎魉魘魇魚鱼魛鱽魢鱾魨鲀魯鲁魴鲂魷鱿魺鲄鮁鲅鮃鲆鮊鲌鮋鲉鮍鲏鮎鲇鮐鲐鮑鲍鮒鲋鮓鲊鮚鲒鮜鲘鮝鲞鮞鲕鮣䲟鮦鲖鮪鲔鮫鲛鮭鲑鮮鲜鮳鲓鮶鲪鮺鲝鯀鲧鯁鲠鯇鲩鯉鲤鯊鲨鯒鲬鯔鲻鯕鲯鯖鲭鯗鲞鯛鲷鯝鲴鯡鲱鯢鲵鯤鲲鯧鲳鯨鲸鯪鲮鯫鲰鯰鲶鯴鲺鯷鳀鯽鲫鯿鳊鰁鳈鰂鲗鰃鳂鰆䲠鰈鲽鰉鳇鰌䲡鰍鳅鰏鲾鰐鳄鰒鳆鰓鳃鰛鳁鰜鳒鰟鳑鰠鳋鰣鲥鰥鳏鰧䲢鰨鳎鰩鳐鰭鳍鰮鳁鰱鲢鰲鳌鰳鳓鰵鳘鰷鲦鰹鲣鰺鲹鰻鳗鰼鳛鰾鳔鱂鳉鱅鳙鱈鳕鱉鳖鱒鳟鱔鳝鱖鳜鱗鳞鱘鲟鱝鲼鱟鲎鱠鲙鱣鳣鱤鳡鱧鳢鱨鲿鱭鲚鱯鳠鱷鳄鱸鲈鱺鲡鳥鸟鳧凫鳩鸠鳬凫鳲鸤鳳凤鳴鸣鳶鸢鳾䴓鴆鸩鴇鸨鴉鸦鴒鸰鴕鸵鴛鸳鴝鸲鴞鸮鴟鸱鴣鸪鴦鸯鴨鸭鴯鸸鴰鸹鴴鸻鴷䴕鴻鸿鴿鸽鵁䴔鵂鸺鵃鸼鵐鹀鵑鹃鵒鹆鵓鹁鵜鹈鵝鹅鵠鹄鵡鹉鵪鹌鵬鹏鵮鹐鵯鹎鵰雕鵲鹊鵷鹓鵾鹍鶄䴖鶇鸫鶉鹑鶊鹒鶓鹋鶖鹙鶘鹕鶚鹗鶡鹖鶥鹛鶩鹜鶪䴗鶬鸧鶯莺鶲鹟鶴鹤鶹鹠鶺鹡鶻鹘鶼鹣鶿鹚鷀鹚鷁鹢鷂鹞鷄鸡鷉䴘鷊鹝鷓鹧鷖鹥鷗鸥鷙鸷鷚鹨鷥鸶鷦鹪鷫鹔鷯鹩鷲鹫鷳鹇鷴鹇鷸鹬鷹鹰鷺鹭鷽鸴鸂㶉鸇鹯鸊䴙鸌鹱鸏鹲鸕鸬鸘鹴鸚鹦鸛鹳鸝鹂鸞鸾鹵卤鹹咸鹺鹾鹼碱鹽盐麗丽麥麦麩麸麪面麫面麯曲麴曲麵面麼么麽么黃黄黌黉點点黨党黲黪黴霉黶黡黷黩黽黾黿鼋鼂鼌鼉鼍鼕冬鼴鼹齊齐齋斋齎赍齏齑齒齿齔龀齕龁齗龂齙龅齜龇齟龃齠龆齡龄齣出齦龈齧啮齪龊齬龉齲龋齶腭齷龌龍龙龎厐龐庞龑䶮龔龚龕龛龜龟鿁䜤鿓鿒";

// src/engine/text.ts
var NON_NEGOTIABLE = /[(（](?:non[- ]?negotiable|no negociable|inegoci[áa]vel|não negociável|타협 불가|협상 불가|不可协商|不可協商|必须|必須|譲れない|交渉不可|妥協不可|妥协不可|妥協なし|비타협|타협불가|innegociable|non négociable|nicht verhandelbar|non negoziabile)[)）]/iu;
var hantFold = null;
function foldHan(text) {
  if (!/[\u3400-\u9fff]/u.test(text)) return text;
  if (!hantFold) {
    hantFold = /* @__PURE__ */ new Map();
    for (let k = 0; k + 1 < HANT_FOLD_PAIRS.length; k += 2)
      hantFold.set(HANT_FOLD_PAIRS[k] ?? "", HANT_FOLD_PAIRS[k + 1] ?? "");
  }
  const fold = hantFold;
  return text.replace(/[\u3400-\u9fff]/gu, (c) => fold.get(c) ?? c);
}
function foldedRegExp(re) {
  return new RegExp(foldHan(re.source.normalize("NFKC")), re.flags);
}
function normalize(text) {
  if (!NON_ASCII.test(text))
    return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return foldHan(text.normalize("NFKC")).toLowerCase().replace(/\u0307/g, "").replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trim();
}
var NON_ASCII = /[\u0080-\uffff]/;
var HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
var THAI = new RegExp("\\p{Script=Thai}", "u");
function trimEndWith(text, strip) {
  let end = text.length;
  while (end > 0 && strip(text[end - 1] ?? "")) end--;
  return text.slice(0, end);
}
var ROMAN = { i: 1, v: 5, x: 10, l: 50, c: 100 };
var CJK_DIGITS = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10
};
function parseNumeral(token) {
  const t = token.normalize("NFKC").trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  if (/^[ivxlc]+$/i.test(t)) {
    let total = 0;
    const s = t.toLowerCase();
    for (let k = 0; k < s.length; k++) {
      const v = ROMAN[s[k] ?? ""] ?? 0;
      const next = ROMAN[s[k + 1] ?? ""] ?? 0;
      total += v < next ? -v : v;
    }
    return total > 0 && total < 200 ? total : null;
  }
  if (/^[一二三四五六七八九十]+$/.test(t)) {
    if (t.length === 1) return CJK_DIGITS[t] ?? null;
    if (t.startsWith("十")) return 10 + (CJK_DIGITS[t[1] ?? ""] ?? 0);
    if (t[1] === "十") return (CJK_DIGITS[t[0] ?? ""] ?? 0) * 10 + (CJK_DIGITS[t[2] ?? ""] ?? 0);
  }
  return null;
}
var NUMERAL = String.raw`(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})`;
var LEADING_NUMERAL = new RegExp(
  String.raw`^\s*(?:(?:✅|✔️|✔|☑️|☑|✓|❌|✖️|✗|⚠️|⚠|⏳|🟢|🟡|🟠|🔴)\s*)?(?:(?:${ARTICLE_WORDS}|${ARTICLE_WORDS_AR}|principe|prinzip|принцип|nguyên tắc|art\.|§|原则|原則|원칙|第)\s*)?(${NUMERAL})(?![.．](?:\d|[IVXLC]{1,7}(?![\p{L}])))(?:\s*(?:条|項|章))?\s*(?:[.:：、)–—]|(?<![0-9])-|-(?!\p{L})|\s(?=\S))\s*`,
  "iu"
);
function splitNumbered(label2) {
  const m = LEADING_NUMERAL.exec(label2.slice(0, 64));
  if (m?.[1]) {
    const numeral = parseNumeral(m[1]);
    const rest = label2.slice(m[0].length).trim();
    if (numeral !== null && rest !== "") return { numeral, written: m[1], name: rest };
  }
  return { numeral: null, written: null, name: label2.trim() };
}
var GENERIC = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "for",
  "to",
  "in",
  "on",
  "by",
  "with",
  "as",
  "is",
  "are",
  "principle",
  "principles",
  "first",
  "driven",
  "based",
  "design",
  "development",
  "approach",
  "non",
  "negotiable",
  "must",
  "should",
  "all",
  "every",
  "over",
  "via",
  "per",
  "our"
]);
function keyWords(name) {
  return keyWordsOf(normalize(name.replace(NON_NEGOTIABLE, "")).split(" "));
}
function keyWordsOf(words) {
  const out = words.filter((w) => w.length > 1 && !GENERIC.has(w)).map((w) => stem(englishWord(w) ?? w));
  return out.length > 0 ? out : words.filter(Boolean);
}
function englishWord(word) {
  if (word.length < 5) return void 0;
  const bare = /[^\p{ASCII}]/u.test(word) ? word.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "") : word;
  return WORD_TRANSLATIONS.get(bare);
}
function stem(word) {
  return word.length > 5 ? word.replace(/(ing|ed|es|s)$/, "") : word;
}
function hay(text) {
  const n = normalize(text);
  const words = n.split(" ");
  const bare = NON_NEGOTIABLE.test(text) ? normalize(text.replace(NON_NEGOTIABLE, "")).split(" ") : words;
  return {
    spaced: ` ${n} `,
    words: new Set(words.map(stem)),
    keys: new Set(keyWordsOf(bare))
  };
}
var SCOPE = /[(（]([^()（）]*)[)）]/gu;
var NUMBERED_SCOPE = /(?:^|[\s/v])(?:\d+|[IVX]{1,4})(?=$|[\s/+,.])/u;
function isNumberedScope(inner) {
  return NUMBERED_SCOPE.test(inner);
}
var QUALIFIER = /^(?:must|should|may|required|optional|mandatory|recommended|core|必须|必須|推奨|推荐|필수|권장|obligatorio|obrigatório|obligatoire|pflicht)$/iu;
function qualifies(all, inner) {
  return QUALIFIER.test(inner.trim()) || NON_NEGOTIABLE.test(all);
}
function withoutQualifier(name) {
  return name.includes("(") || name.includes("（") ? name.replace(SCOPE, (all, inner) => qualifies(all, inner) ? " " : all) : name;
}
function withoutScope(name) {
  return name.includes("(") || name.includes("（") ? name.replace(
    SCOPE,
    (all, inner) => isNumberedScope(inner) || qualifies(all, inner) ? " " : all
  ) : name;
}
var names = /* @__PURE__ */ new Map();
function nameKey(name) {
  let key = names.get(name);
  if (!key) {
    if (names.size > 5e3) names.clear();
    const core = normalize(name.replace(/[(（][^()（）]*[)）]/gu, ""));
    const cjk = HAN_KANA.test(core);
    key = {
      core,
      cjk,
      needle: cjk && core.length > 1 ? core : ` ${core} `,
      keys: keyWords(withoutScope(name)),
      initials: initialsOf(name)
    };
    names.set(name, key);
  }
  return key;
}
var MINOR_WORDS = /* @__PURE__ */ new Set(["and", "of", "the", "for", "to", "in", "on", "with", "a", "an", "&"]);
function initialsOf(name) {
  return name.replace(/[(（][^()（）]*[)）]/gu, " ").split(/[\s\-–—/]+/u).filter((w) => new RegExp("^\\p{L}", "u").test(w) && !MINOR_WORDS.has(w.toLowerCase())).map((w) => w[0]?.toUpperCase() ?? "").join("");
}
function nameInitials(name) {
  return nameKey(name).initials;
}
function nameCore(name) {
  return nameKey(name).core;
}
function nameNeedle(name) {
  return nameKey(name).needle;
}
function mentions(text, name) {
  const h = typeof text === "string" ? hay(text) : text;
  const { core, needle, keys } = nameKey(name);
  if (core.length > 0 && h.spaced.includes(needle)) return true;
  return keys.length > 0 && keys.every((k) => h.words.has(k));
}
function mentionsLoosely(label2, name) {
  const h = typeof label2 === "string" ? hay(label2) : label2;
  if (mentions(h, name)) return true;
  if (nameKey(name).cjk && cjkOverlap(h.spaced, nameKey(name).core.replace(/ /g, ""))) return true;
  const b = new Set(nameKey(name).keys);
  const shared = [...h.keys].filter((w) => b.has(w) && (w.length >= 4 || /[^\p{ASCII}]/u.test(w)));
  if (shared.length === 0) return false;
  return shared.length * 2 >= h.keys.size || shared.length * 2 >= b.size;
}
var CJK_SUFFIX = foldedRegExp(
  /(?:优先|优先级|规范|机制|原则|原則|准则|の徹底|と検証|の検証|設計|设计|第一|ファースト)$/u
);
function cjkOverlap(spaced, name) {
  const label2 = spaced.replace(/ /g, "");
  if (overlaps(label2, name)) return true;
  return joinedTopics(spaced.trim()).some((part) => overlaps(part, name));
}
function joinedTopics(label2) {
  if (label2.length > 24 || !CJK_JOINER.test(label2)) return [];
  const parts3 = label2.split(CJK_JOINER).map((part) => part.trim());
  return parts3.length <= 3 && parts3.every((part) => TOPIC.test(part) && !GENERIC_TOPIC.test(part)) ? parts3 : [];
}
var TOPIC = new RegExp("^\\p{Script=Han}{2,8}$", "u");
var GENERIC_TOPIC = /^(?:要求|标准|標準|规范|規範|原则|原則|准则|準則|管理|策略|设计|設計)$/u;
var CJK_JOINER = new RegExp("(?<=\\p{Script=Han}{2})(?:\\s*[与與及和、]\\s*|\\s+)(?=\\p{Script=Han}{2})", "u");
function overlaps(label2, name) {
  const a = label2.replace(CJK_SUFFIX, "");
  const b = name.replace(CJK_SUFFIX, "");
  if (a.length < 2 || b.length < 2) return false;
  if (a.includes(b) || b.includes(a)) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 3;
}
function termIndex(lists) {
  const byWord = /* @__PURE__ */ new Map();
  const byChar = /* @__PURE__ */ new Map();
  const prefixes = [];
  const add = (map, key, entry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  lists.forEach((terms, id) => {
    for (const term of terms) {
      const n = normalize(term);
      if (n === "") continue;
      if (CJK.test(n) || THAI.test(n)) add(byChar, n[0] ?? "", [n, id]);
      else if (new RegExp("\\p{Script=Cyrillic}", "u").test(n)) prefixes.push([` ${n}`, id]);
      else add(byWord, n.split(" ")[0] ?? "", [` ${n} `, id]);
    }
  });
  return (normalized) => {
    let hits = null;
    const wide = NON_ASCII.test(normalized);
    const words = wide ? normalized.replace(SCRIPT_BOUNDARY, " ") : normalized;
    const spaced = ` ${words} `;
    for (const word of words.split(" ")) {
      const entries = byWord.get(word);
      if (entries) {
        for (const [term, id] of entries) if (spaced.includes(term)) (hits ??= /* @__PURE__ */ new Set()).add(id);
      }
    }
    if (wide) {
      for (const [term, id] of prefixes) if (spaced.includes(term)) (hits ??= /* @__PURE__ */ new Set()).add(id);
      for (let k = 0; k < normalized.length; k++) {
        const entries = byChar.get(normalized[k] ?? "");
        if (entries) {
          for (const [term, id] of entries)
            if (normalized.startsWith(term, k)) (hits ??= /* @__PURE__ */ new Set()).add(id);
        }
      }
    }
    return hits ?? NO_HITS;
  };
}
var NO_HITS = /* @__PURE__ */ new Set();
var SCRIPT_BOUNDARY = new RegExp(
  `(?<=${CJK.source})(?=[\\p{Script=Latin}\\d])|(?<=[\\p{Script=Latin}\\d])(?=${CJK.source})`,
  "gu"
);
function termMatcher(terms) {
  const index = termIndex([terms]);
  return (normalized) => index(normalized).size > 0;
}
function thousands(n) {
  const digits = String(Math.trunc(n));
  let out = "";
  for (let k = 0; k < digits.length; k++) {
    if (k > 0 && (digits.length - k) % 3 === 0 && digits[k - 1] !== "-") out += ",";
    out += digits[k];
  }
  return out;
}
function scriptOf(name) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of name) {
    const script = new RegExp("\\p{Script=Latin}", "u").test(ch) ? "latin" : new RegExp("\\p{Script=Hangul}", "u").test(ch) ? "hangul" : /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch) ? "kana" : new RegExp("\\p{Script=Han}", "u").test(ch) ? "han" : new RegExp("\\p{Script=Cyrillic}", "u").test(ch) ? "cyrillic" : null;
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best = "other";
  let most = 0;
  for (const [script, n] of counts) {
    if (n > most) {
      best = script;
      most = n;
    }
  }
  return best === "han" && counts.has("kana") ? "kana" : best;
}

// src/engine/plan/labels.ts
var isWhite = (c) => c !== void 0 && isWhiteCode(c.charCodeAt(0));
var isColon = (c) => c === ":" || c === "：";
var isDash = (c) => c === "-" || c === "–" || c === "—";
function skipWhite(text, i) {
  while (i < text.length && isWhite(text[i])) i++;
  return i;
}
function boldMark(text, i) {
  const c = text[i];
  return (c === "*" || c === "_") && text[i + 1] === c;
}
var MAX_JOINED = 6;
function joinedBold(text, i) {
  let at2 = skipWhite(text, i);
  const c = text[at2];
  if (c === "," || c === "，" || c === "、" || c === "&") at2 += 1;
  else if (text.startsWith("and", at2) && isWhite(text[at2 + 3])) at2 += 3;
  else return -1;
  at2 = skipWhite(text, at2);
  return boldMark(text, at2) ? at2 : -1;
}
function closingBold(text, from) {
  for (let k = from + 1; k < text.length - 1; k++) if (boldMark(text, k)) return k;
  return -1;
}
function labelParts(text, allowPlain) {
  const start = skipWhite(text, 0);
  if (boldMark(text, start)) {
    const from = start + 2;
    let run = from;
    while (run < text.length && text[run] !== "*" && text[run] !== "_") run++;
    if (run - from >= 2 && isColon(text[run - 1]) && boldMark(text, run))
      return { label: text.slice(from, run - 1), at: skipWhite(text, run + 2) };
    let close = closingBold(text, from);
    let last = close;
    for (let joined = 0; joined < MAX_JOINED; joined++) {
      const next = joinedBold(text, last + 2);
      const end2 = next < 0 ? -1 : closingBold(text, next + 2);
      if (end2 < 0) break;
      last = end2;
    }
    if (last > close) {
      const at2 = skipWhite(text, last + 2);
      if (isColon(text[at2]) || isDash(text[at2]) && isWhite(text[at2 + 1])) close = last;
    }
    if (close >= 0) {
      let at2 = skipWhite(text, close + 2);
      if (isColon(text[at2])) at2 = skipWhite(text, at2 + 1);
      if (isDash(text[at2]) && isWhite(text[at2 + 1])) at2 = skipWhite(text, at2 + 1);
      return { label: text.slice(from, close), at: at2 };
    }
  }
  if (!allowPlain) return null;
  let colon = start;
  while (colon < text.length && !isColon(text[colon]) && text[colon] !== "|") colon++;
  if (!isColon(text[colon])) return null;
  let end = colon;
  while (end > start && isWhite(text[end - 1])) end--;
  if (end - start > 60 && [...text.slice(start, end)].length > 60) return null;
  return { label: text.slice(start, end), at: skipWhite(text, colon + 1) };
}
function splitLabel(text, allowPlain) {
  const parts3 = labelParts(text, allowPlain);
  if (!parts3) return null;
  let label2 = plainText(parts3.label);
  let end = label2.length;
  while (end > 0 && isWhite(label2[end - 1])) end--;
  if (isColon(label2[end - 1])) label2 = label2.slice(0, end - 1);
  label2 = label2.trim();
  if (label2 === "") return null;
  return { label: label2, value: text.slice(parts3.at).trim(), valueOffset: parts3.at };
}
var RESULT_LABEL = /^(?:(?:overall|initial|final|post[- ]design|gate|check|constitution(?: check)?)\s*)*(?:result|status|verdict|outcome|evaluation|assessment)s?(?:\s*[(（][^()（）]{1,40}[)）])?$|^(?:gate|verdict|结果|检查结果|结论|判定|結果|結論|総合判定|评估结果|初步评估|最终评估|resultado|résultat|ergebnis|risultato|результат|결과)(?:\s*[(（][^()（）]{1,40}[)）])?$|(?:结论|結論|结果|結果|결과)(?:\s*[(（][^()（）]{1,40}[)）])?$/iu;
var REASON_LABEL = /^(?:notes?|justification|rationale|reason|evidence|comment|details?|explanation|action|mitigation|why|how|violations?|constitution(?: file| version| link)?|reference|source|link|version|complexity tracking|constituci[óo]n|constitui[çc][ãa]o|verfassung|конституция|конституція|宪法|憲法|헌법|说明|备注|理由|根拠|備考|説明|対応)$|^(?:[\p{L}\p{N}-]+\s+){1,4}notes?\.?$/iu;
var QUESTION = /[?？]\s*$/u;
var INSTRUCTION_LABEL = /^(?:fill only|gate\s*[:：]|gate$|note\b|important\b|if any gate|example)/iu;

// src/engine/plan/lines.ts
function markLines(lineCount, of) {
  const marks = new Uint8Array(lineCount + 2);
  for (const s of of) marks.fill(1, s.line, Math.min(s.endLine, lineCount) + 1);
  return marks;
}
function innermostSections(lineCount, sections) {
  const at2 = new Int32Array(lineCount + 2).fill(-1);
  sections.forEach((s, k) => at2.fill(k, s.line, Math.min(s.endLine, lineCount) + 1));
  return at2;
}
function blockSpans(doc) {
  const start = new Int32Array(doc.lines.length + 2);
  const end = new Int32Array(doc.lines.length + 2);
  for (const b of [...doc.codeBlocks, ...doc.comments]) {
    start.fill(b.line, b.line, b.endLine + 1);
    end.fill(b.endLine, b.line, b.endLine + 1);
  }
  return { start, end };
}

// src/engine/plan/fields.ts
function extractFields(doc, sections) {
  const out = [];
  const blocks = blockSpans(doc);
  const labels = /* @__PURE__ */ new Map();
  const labelled = (line) => {
    let known = labels.get(line);
    if (known === void 0) {
      known = splitLabel(doc.lines[line - 1] ?? "", false) !== null;
      labels.set(line, known);
    }
    return known;
  };
  for (const section of sections) {
    for (let line = section.line + 1; line <= section.endLine; line++) {
      const kind = doc.kinds[line - 1];
      const raw = doc.lines[line - 1] ?? "";
      if (kind === "table") continue;
      if (kind !== "text" && kind !== "list-item") continue;
      const body = raw.replace(/^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+/, "");
      const offset = raw.length - body.length;
      const parts3 = body.split(/(?<!\s)\s+\|\s+(?=\*\*)/);
      let at2 = offset;
      for (const part of parts3) {
        const split = splitLabel(part, kind === "list-item");
        if (split && split.label.length <= 60) {
          let value = split.value;
          if (value === "") value = continuation(doc, blocks, labelled, line, section.endLine);
          out.push({
            label: split.label,
            value,
            line,
            column: at2 + 1 + (part.length - part.trimStart().length)
          });
        }
        at2 += part.length + 3;
      }
    }
    for (const table of doc.tables) {
      if (table.line < section.line || table.line > section.endLine) continue;
      const twoColumnsOrMore = table.header.length >= 2;
      if (!twoColumnsOrMore) continue;
      for (const row of table.rows) {
        const label2 = plainText(row.cells[0] ?? "");
        if (label2 === "") continue;
        out.push({ label: label2, value: row.cells.slice(1).join(" ").trim(), line: row.line, column: 1 });
      }
    }
  }
  return out;
}
function continuation(doc, blocks, labelled, line, endLine) {
  const parts3 = [];
  const fieldIsItem = doc.kinds[line - 1] === "list-item";
  const base = doc.indents[line - 1] ?? -1;
  let sawBlank = false;
  let size = 0;
  for (let l = line + 1; l <= endLine && size <= VALUE_EXCERPT; l++) {
    const kind = doc.kinds[l - 1];
    const raw = doc.lines[l - 1] ?? "";
    if (kind === "heading") break;
    if (kind === "blank") {
      if (parts3.length > 0 || sawBlank) break;
      sawBlank = true;
      continue;
    }
    if (kind === "comment") {
      l = Math.max(l, blocks.end[l] ?? l);
      continue;
    }
    const indent = doc.indents[l - 1] ?? -1;
    if (fieldIsItem) {
      if (indent <= base) break;
    } else if (kind === "text" && indent <= base) {
      if (sawBlank || labelled(l)) break;
    }
    const part = raw.slice(indent, indent + VALUE_EXCERPT + 1).trim();
    parts3.push(part);
    size += part.length + 1;
  }
  return parts3.join(" ");
}
var VALUE_EXCERPT = 256;
var FIELD_FAMILIES = TECHNICAL_FIELD_FAMILIES.map(foldedRegExp);
function fieldFamilies(normalized) {
  return FIELD_FAMILIES.flatMap((re, k) => re.test(normalized) ? [k] : []);
}

// src/engine/plan/citations.ts
var CONSTITUTION_WORD = /constitution|constitución|constitucion|constituição|constituicao|costituzione|verfassung|宪法|憲法|章程|宪章|憲章|헌법|헌장/giu;
var VERSION_AT = /v?(\d{1,4}\.\d{1,4}(?:\.\d{1,4})?)(?![\d.]*\d)/uy;
var BETWEEN = new RegExp(
  String.raw`\.md\b|[\s*_${"`"},:：.()（）§#]|${VERSION_WORDS.join("|")}|v(?=\d)|第|[IVXLC]{1,6}(?=\s)`,
  "iuy"
);
var ARROW_AFTER = /\s*(?:→|->|=>|⇒)\s*/uy;
var NAME_CHAR = /[\p{Script=Latin}\d]/u;
var LATIN_LETTER = /^[a-z]/iu;
function otherDocument(raw, at2) {
  const before = raw[at2 - 1] ?? "";
  if (LATIN_LETTER.test(raw[at2] ?? "") && NAME_CHAR.test(before)) return true;
  return (before === "_" || before === "-") && NAME_CHAR.test(raw[at2 - 2] ?? "");
}
var DOTTED = /\d\.\d/;
function citationOf(raw) {
  for (const word of raw.matchAll(CONSTITUTION_WORD)) {
    if (otherDocument(raw, word.index)) continue;
    let pos = word.index + word[0].length;
    const limit = pos + 40;
    while (pos < limit && pos < raw.length) {
      VERSION_AT.lastIndex = pos;
      const v = VERSION_AT.exec(raw);
      if (v?.[1]) {
        let version = v[1];
        let index = pos + v[0].length - v[1].length;
        ARROW_AFTER.lastIndex = pos + v[0].length;
        if (ARROW_AFTER.exec(raw)) {
          VERSION_AT.lastIndex = ARROW_AFTER.lastIndex;
          const next = VERSION_AT.exec(raw);
          if (next?.[1]) {
            version = next[1];
            index = ARROW_AFTER.lastIndex + next[0].length - next[1].length;
          }
        }
        return { version, index };
      }
      BETWEEN.lastIndex = pos;
      const skip = BETWEEN.exec(raw);
      if (!skip || skip[0].length === 0) break;
      pos += skip[0].length;
    }
  }
  return null;
}
var OPENS_WITH_VERSION = /^\s*[*_`(]{0,3}v?\d{1,4}\.\d/u;
var WRAP_TAIL = 80;
function extractCitations(doc) {
  const out = [];
  doc.lines.forEach((raw, k) => {
    if (!isProse(doc.kinds[k]) || !DOTTED.test(raw)) return;
    const found = citationOf(raw) ?? wrapped(doc, k, raw);
    if (found) out.push({ version: found.version, line: k + 1, column: found.index + 1 });
  });
  return out;
}
function wrapped(doc, k, raw) {
  const before = doc.lines[k - 1];
  if (before === void 0 || !isProse(doc.kinds[k - 1]) || before.trim() === "") return null;
  if (!OPENS_WITH_VERSION.test(raw)) return null;
  const tail = before.slice(-WRAP_TAIL).trimEnd();
  const found = citationOf(`${tail} ${raw}`);
  if (!found || found.index <= tail.length) return null;
  return { version: found.version, index: found.index - tail.length - 1 };
}

// src/engine/plan/complexity.ts
function extractComplexityRows(doc, inSection) {
  const rows = [];
  for (const table of doc.tables) {
    if (!inSection("complexity-tracking", table.line)) continue;
    for (const row of table.rows) rows.push({ line: row.line, cells: row.cells });
  }
  return rows;
}

// src/engine/status.ts
var WORDS = STATUS_WORDS;
var MARKS = STATUS_MARKS;
var LATIN_WORD = new RegExp("^\\p{Script=Latin}", "u");
function compileMarks(table) {
  return new RegExp(table.map(([, alt]) => `(${alt})`).join("|"), "iu");
}
function compileWords(entries) {
  const latin = entries.filter(([, alt]) => LATIN_WORD.test(alt));
  const other = entries.filter(([, alt]) => !LATIN_WORD.test(alt));
  const group = ([, alt]) => `(${alt})`;
  const bounded = latin.length > 0 ? [String.raw`(?<![\p{L}\p{N}])(?:${latin.map(group).join("|")})(?![\p{L}\p{N}])`] : [];
  return {
    re: new RegExp([...bounded, ...other.map(group)].join("|"), "iu"),
    table: [...latin, ...other]
  };
}
var { re: WORD_RE, table: WORD_TABLE } = compileWords(WORDS);
var byStatus = /* @__PURE__ */ new Map();
function mentionsStatus(text, status) {
  let re = byStatus.get(status);
  if (!re) {
    re = compileWords(WORDS.filter(([s]) => s === status)).re;
    byStatus.set(status, re);
  }
  return re.test(text);
}
var MARK_RE = compileMarks(MARKS);
var CHECKBOX_RE = /\[([ xX✓])\]/u;
function firstGroup(m) {
  let group = 1;
  while (group < m.length && m[group] === void 0) group++;
  return group - 1;
}
function first(re, table, text) {
  const m = re.exec(text);
  if (!m) return null;
  const status = table[firstGroup(m)]?.[0];
  return status ? { status, index: m.index, length: m[0].length } : null;
}
var CHOICE_JOIN = /^\s*\/\s*/u;
function choice(text, found) {
  if (found.box || found.status !== "pass" && found.status !== "fail") return found;
  const end = found.index + found.length;
  const join4 = CHOICE_JOIN.exec(text.slice(end, end + 8));
  if (!join4) return found;
  const rest = text.slice(end + join4[0].length, end + join4[0].length + WINDOW);
  const other = detectOne(rest);
  const opposite = found.status === "pass" ? "fail" : "pass";
  if (!other || other.index !== 0 || other.status !== opposite) return found;
  const written = text.slice(found.index, end);
  const otherWritten = rest.slice(0, other.length);
  return {
    status: "unchecked",
    index: found.index,
    length: end + join4[0].length + other.length - found.index,
    ...found.mark || other.mark ? { mark: true } : {},
    choice: found.status === "pass" ? { pass: written, fail: otherWritten } : { pass: otherWritten, fail: written }
  };
}
function detect(text) {
  const found = detectOne(text);
  return found ? choice(text, found) : found;
}
function detectOne(text) {
  const mark = first(MARK_RE, MARKS, text);
  const word = first(WORD_RE, WORD_TABLE, text);
  if (word && (!mark || word.index < mark.index)) return word;
  if (word && mark && word.index - (mark.index + mark.length) <= 3) {
    return {
      status: word.status,
      index: mark.index,
      length: word.index + word.length - mark.index,
      mark: true
    };
  }
  if (mark) return { status: mark.status, index: mark.index, length: mark.length, mark: true };
  const box = CHECKBOX_RE.exec(text);
  if (box)
    return {
      status: box[1] === " " ? "unchecked" : "pass",
      index: box.index,
      length: box[0].length,
      box: true
    };
  return null;
}
function findStatus(text) {
  const found = detect(text);
  if (!found?.box && !found?.choice) return found;
  return {
    status: found.status,
    index: found.index,
    length: found.length,
    ...found.mark ? { mark: true } : {}
  };
}
function statusChoice(text) {
  return detect(text)?.choice ?? null;
}
function openingStatusMark(text) {
  const start = text.length - text.trimStart().length;
  const m = findStatus(text.slice(start, start + 8));
  return m?.mark && m.index === 0 ? { ...m, index: start } : null;
}
var WORD_G = new RegExp(WORD_RE.source, "giu");
var MARK_G = new RegExp(MARK_RE.source, "gu");
var LETTER = /[\p{L}\p{N}]/u;
var WINDOW = 64;
function nextFrom(re, table, text) {
  let cachedFrom = -1;
  let cached = null;
  return (from) => {
    if (cachedFrom < 0 || cached !== null && cached.index < from || cachedFrom > from) {
      re.lastIndex = from;
      const m = re.exec(text);
      const status = m ? table[firstGroup(m)]?.[0] : void 0;
      cached = m && status ? { status, index: m.index, length: m[0].length } : null;
      cachedFrom = from;
    }
    return cached;
  };
}
function withoutLeadingStatuses(text) {
  const nextWord = nextFrom(WORD_G, WORD_TABLE, text);
  const nextMark = nextFrom(MARK_G, MARKS, text);
  let pos = 0;
  for (; ; ) {
    let found;
    const before = pos > 0 ? text.codePointAt(pos - 1 - (/[\uDC00-\uDFFF]/.test(text[pos - 1] ?? "") ? 1 : 0)) : void 0;
    if (before !== void 0 && LETTER.test(String.fromCodePoint(before))) {
      let cut = Math.min(text.length, pos + WINDOW);
      if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? "")) cut++;
      const next = text.codePointAt(cut);
      const sentinel = next !== void 0 && LETTER.test(String.fromCodePoint(next)) ? "x" : "";
      const local = detect(text.slice(pos, cut) + sentinel);
      if (!local || local.index > 3) break;
      if (local.box && cut < text.length && (nextWord(pos + 40) || nextMark(pos + 40))) break;
      found = { ...local, index: pos + local.index };
    } else {
      const word = nextWord(pos);
      const mark = nextMark(pos);
      if (word && (!mark || word.index < mark.index)) found = word;
      else if (word && mark && word.index - (mark.index + mark.length) <= 3)
        found = {
          status: word.status,
          index: mark.index,
          length: word.index + word.length - mark.index
        };
      else if (mark) found = mark;
      else {
        const box = CHECKBOX_RE.exec(text.slice(pos, pos + 7));
        found = box ? { status: "pass", index: pos + box.index, length: box[0].length } : null;
      }
    }
    if (!found || found.index - pos > 3) break;
    pos = found.index + found.length;
  }
  return text.slice(pos);
}
function answerStatus(text) {
  const t = text.replace(/^[\s*_>:：-]+/, "");
  if (/^(?:yes|是|はい|sí|si|sim|oui|ja|да|예|네|có)(?![\p{L}\p{N}])/iu.test(t)) return "pass";
  if (/^(?:否|いいえ|нет|아니오|아니요)|^(?:no|não|nao|non|nein|không)(?=\s*(?:$|[.,;:!)(—–-]))/iu.test(
    t
  ))
    return "fail";
  return null;
}
var UNWANTED = /\b(?:required|needed|necessary|amendments?|violations?|breaking changes?|blockers?|deviations?|exceptions?|new dependencies)\b|нарушени[яей]|违规|違規|違反|위반|violaci(?:ón|ones)|violaç(?:ão|ões)/iu;
var ABSENT = /^(?:no|none(?: (?:identified|found|detected|noted))?|not (?:required|needed)|n\/a|нет|отсутствуют|无|無|没有|沒有|なし|ありません|없음|ninguna?|ninguno|nenhuma?|nenhum|aucune?|keine?)\.?$/iu;
var CROSS = /[❌✗✘×]\uFE0F?/gu;
function noToUnwanted(label2, answer) {
  return UNWANTED.test(label2) && ABSENT.test(answer.replace(CROSS, "").trim());
}
function statusRank(status) {
  switch (status) {
    case "fail":
      return 6;
    case "missing":
      return 5;
    case "needs-review":
      return 4;
    case "pending":
      return 3;
    case "unchecked":
      return 2;
    case "unknown":
      return 1;
    case "not-applicable":
      return 0;
    case "pass":
      return -1;
  }
}
function needsJustification(status) {
  return status === "fail" || status === "pending" || status === "unchecked" || status === "needs-review";
}

// src/engine/limits.ts
var MAX_FINDINGS_PER_RULE = 1e3;
var MAX_GATES = 5e3;
var MAX_GATE_TEXT = 8e3;

// src/engine/known-placeholders.ts
var KNOWN_PLACEHOLDERS = /* @__PURE__ */ new Set([
  // spec-kit's stock template
  "gates determined based on constitution file",
  "acceptance criteria checklist",
  "add gates from your constitution",
  "api call 1",
  "api call 2",
  "api documentation",
  "apm tool",
  "architecture diagrams",
  "area",
  "brief title",
  "cadence e g bi weekly monday",
  "cadence e g daily at 10am",
  "capability it provides",
  "checklist",
  "ci on pr nightly",
  "ci on pr to main pre release",
  "company",
  "conditions that require rollback e g error rate x critical bug detected",
  "coverage tool",
  "current need",
  "date",
  "date cadence e g every sprint end",
  "design mockups",
  "development staging production like",
  "document any operations that should not be retried",
  "document the selected structure and reasoning",
  "document the selected structure and reference the real directories captured above",
  "domain",
  "e g 1 hour",
  "e g 4th project",
  "e g 5 minutes",
  "e g 80 line coverage",
  "e g additional external dependency",
  "e g all api endpoints all database operations",
  "e g celery redis fastapi",
  "e g cross epic coupling",
  "e g docker on linux server with nvidia gpus cuda 11 x",
  "e g new database",
  "e g new shared library under services",
  "e g on update",
  "e g playwright cypress selenium",
  "e g postgresql mongodb redis or n a",
  "e g postgresql redis files external apis or n a",
  "e g principle name",
  "e g pytest as per constitution",
  "e g pytest docker compose postman integration test framework",
  "e g pytest jest xctest",
  "e g python 3 8 as per constitution",
  "e g redis shared filesystem share",
  "e g repository pattern",
  "e g scheduled",
  "e g top 5 user flows happy paths",
  "endpoint 1",
  "endpoint 2",
  "epic id",
  "explanation of why the simpler compliant alternative was not chosen",
  "extract from feature spec primary requirement success criteria and a short technical approach derived from research md",
  "extract from feature spec primary requirement technical approach from research",
  "feature",
  "feature branch",
  "feature id",
  "feature name",
  "green yellow red",
  "how it s related blocking or parallel",
  "how to verify successful rollback",
  "if applicable e g postgresql coredata files or n a",
  "if applicable how to reverse data migrations",
  "impact description",
  "issue tracker",
  "justification for deviation",
  "key feature 1",
  "key feature 2",
  "library tool",
  "link",
  "link additional docs",
  "link to spec md",
  "load testing",
  "local ci on every commit",
  "logging tracing requirements per your constitution",
  "microservice based",
  "mitigation plan",
  "mitigation strategy",
  "monitoring",
  "name",
  "name role",
  "names",
  "ok needs review reason",
  "p0 p1 p2 p3",
  "per project conventions e g redis cdn in memory",
  "phase 0 review phase 1 review pre launch review",
  "platform specific structure",
  "platform specific structure feature modules ui flows platform tests",
  "pr metrics",
  "project specific gate",
  "recovery procedure reference",
  "relative path to checklists requirements md",
  "relative path to spec md",
  "risk 1",
  "risk 2",
  "same as backend above",
  "security requirements per your constitution",
  "service api",
  "signals to stop rollback",
  "single web mobile determines source structure",
  "source",
  "specific cross cutting requirement",
  "specific justification",
  "specific need",
  "specific problem",
  "step 1",
  "step 2",
  "step 3",
  "system api",
  "team",
  "team individual",
  "time estimate",
  "what is the issue or situation requiring a decision",
  "what it is version why needed",
  "what other options were evaluated",
  "what was decided",
  "why 3 projects insufficient",
  "why built in existing stack was insufficient",
  "why decoupled approach was not feasible",
  "why direct db access insufficient",
  "why existing storage insufficient",
  "why extending existing module was insufficient",
  "why was this decision made",
  // spec-kit's first template (Execution Flow, Progress Tracking)
  "domain specific e g 1000 req s 10k lines sec 60 fps or needs clarification",
  "domain specific e g 10k users 1m loc 50 screens or needs clarification",
  "domain specific e g 200ms p95 100mb memory offline capable or needs clarification",
  "default to option 1 unless technical context indicates web mobile app",
  "name purpose for each",
  "commands with help version format"
]);

// src/engine/placeholders.ts
var BRACKET = /\[([^[\]\n]{1,300})\](?![(:[])/g;
var NESTED = /\[((?:[^[\]\n]|\[[^[\]\n]*\]){1,300})\](?![(:[])/g;
var ANGLE_CAPS = /<([A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+)>/g;
var ANGLE_ANY = /<([A-Za-z][\w-]{0,40})>/g;
var SPECKIT_TOKEN = /__SPECKIT_[A-Z0-9_]+__|\$ARGUMENTS\b/g;
var ARGUMENTS_LABEL = /^\s*[:：]\s*\S+\s+\S+\s+\S/u;
var PLACEHOLDER_TALK = /\b(?:placeholders?|tokens?|slots?)\b.{0,80}\b(?:conventions?|syntax|format|style|pattern|follow(?:s|ing)?|named|written as)\b|\b(?:conventions?|syntax|format|style|pattern)\b.{0,40}\b(?:placeholders?|tokens?|slots?)\b/i;
var PLACEHOLDER_WORD = String.raw`(?:placeholders?|佔位符|占位符|佔位字|プレースホルダー?|플레이스홀더|platzhalter|marcador(?:es)? de posición|espaços? reservados?|espaces? réservés?|заполнител\p{L}*|плейсхолдер\p{L}*)`;
var PLACEHOLDER_AFTER = new RegExp(String.raw`^[^\n]{0,16}?${PLACEHOLDER_WORD}`, "iu");
var PLACEHOLDER_BEFORE = new RegExp(
  String.raw`${PLACEHOLDER_WORD}(?:\s*[:：])?\s*[\u0060"'“‘「]?$`,
  "iu"
);
var REPLACED = /^[`"'”’]*\s*(?:→|->|=>|⇒|⟶)/u;
var MAX_PHRASE = 200;
function quotedPhrases(line) {
  const out = [];
  let straight = -1;
  let curly = -1;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === '"') {
      if (straight < 0) straight = k;
      else {
        if (k - straight <= MAX_PHRASE) out.push([straight, k]);
        straight = -1;
      }
    } else if (c === "“") curly = k;
    else if (c === "”" && curly >= 0) {
      if (k - curly <= MAX_PHRASE) out.push([curly, k]);
      curly = -1;
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
function quotedPhraseCursor(line) {
  if (!line.includes('"') && !line.includes("“")) return () => false;
  const phrases = quotedPhrases(line);
  let k = 0;
  return (from, to) => {
    while (k < phrases.length && (phrases[k]?.[1] ?? 0) < to) k++;
    for (let n = k; n < phrases.length && n < k + 3; n++) {
      const [start, end] = phrases[n] ?? [0, 0];
      if (start >= from || end < to) continue;
      const rest = line.slice(start + 1, from) + line.slice(to, end);
      if (/[\p{L}\p{N}]/u.test(rest)) return true;
    }
    return false;
  };
}
function namedPlaceholder(line, from, to) {
  const after = line.slice(to, to + 60).replace(/^[^`"'”’」]*[`"'”’」]/u, "");
  return PLACEHOLDER_AFTER.test(after) || PLACEHOLDER_BEFORE.test(line.slice(Math.max(0, from - 24), from));
}
var ALLOWED_TAGS = /* @__PURE__ */ new Set([
  "optional",
  "required",
  "mvp",
  "tdd",
  "new",
  "wip",
  "done",
  "breaking",
  "deprecated",
  "note",
  "warning",
  "important",
  "tip",
  "caution",
  "p",
  "story",
  "parallel",
  "x",
  "api",
  "cli",
  "ui",
  "beta",
  "alpha",
  "draft",
  "updated",
  "changed",
  "removed",
  "added",
  "blocked",
  "info",
  "warn",
  "error",
  "debug",
  "trace",
  "fatal",
  "ok",
  "fail",
  "pass",
  "todo",
  "fixme",
  // change markers an author writes on files and steps (`**[MODIFY] [providers.tsx](…)**`)
  "modify",
  "modified",
  "create",
  "created",
  "delete",
  "deleted",
  "update",
  "edit",
  "rename",
  "renamed",
  "move",
  "moved",
  "keep",
  "unchanged",
  "existing",
  "refactor",
  "fix",
  "fixed",
  "feat",
  "chore",
  "docs",
  "test",
  "tests",
  "perf",
  "must",
  "must not",
  "should",
  "should not",
  "shall",
  "may",
  "recommended",
  "critical",
  "high",
  "medium",
  "low"
]);
var INSTRUCTION = /^(?:extract|document|describe|summari[sz]e|add|list|link|explain|define|insert|replace|fill(?: in)?|specify|provide|enter|write|include|identify|state|outline|record|reference|mention|detail|choose|select|pick|remove|delete)\s+(?!of\b)\S+\s+\S+/i;
var EXAMPLE = /^(?:[\p{L}\s-]{1,30}[,、，]\s*)?(?:e\.?\s?g\.?|eg\b|for example|例如|例[:：]|例え?ば|ex\s?[.:：]|ej\s?[.:：]|p\.\s?(?:ej|ex)\.|por ejemplo|por exemplo|par exemple|z\.\s?B\.|zum beispiel|например|напр\.|ví dụ|vd\s?[.:：]|예[:：]|예시[:：]|예를 들어)/iu;
function isExample(inner) {
  return EXAMPLE.test(inner.trim());
}
var OR_MARKER = new RegExp(`${OR_BEFORE_MARKER}NEEDS[ _]CLARIFICATION\\s*$`, "iu");
var ALTERNATIVES = /\s[|/]\s|^[A-Za-z]+(?:\/[A-Za-z]+){2,}|^[A-Z][a-z]+\/[A-Z][a-z]+$/;
var ALL_CAPS = /^[A-Z#][A-Z0-9#_ -]*$/;
var SLOT = /^(?:(?:[A-Z][a-z]+ ){1,3}(?:Name|Title|Description|Date|Version|Owner|Author|URL|Link)|(?:Name|Title|Description|Date|Owner|Author|URL|Link|Number|Time|Purpose)|[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2} [1-9])$/;
function isPlaceholderText(inner, context, template) {
  const t = inner.trim();
  if (t === "" || /^[ xX✓]$/.test(t) || t.startsWith("^") || t.startsWith("!")) return false;
  if (/^NEEDS[ _]CLARIFICATION|REMOVE IF UNUSED/i.test(t)) return false;
  if (OR_MARKER.test(t)) return true;
  if (/^\^?(?:[\p{L}\p{N}]-[\p{L}\p{N}]|\\[dswDSW]|[_.$+-])+$/u.test(t) && /-|\\/.test(t))
    return false;
  if (t.startsWith("###")) return true;
  if (t === "#" || t === "##") return context === "prose" || context === "quoted";
  const n = normalize(t);
  if (ALL_CAPS.test(t) && /[A-Z]/.test(t)) {
    if (ALLOWED_TAGS.has(n)) return false;
    if (/^(?:high|medium|low|critical|top)(?: (?:priority|risk|impact|severity|path))$/.test(n))
      return false;
    if (/\d/.test(t)) return false;
    if (context !== "prose" && context !== "fence" && /^[A-Z]{2,}[-_](?:N{2,}|X{2,})$/.test(t))
      return false;
    if (context === "quoted" && literalToken(t, template)) return false;
    if (t.includes("_") || t.includes("-")) return true;
    return context === "prose" && t.replace(/[^A-Z]/g, "").length >= 4;
  }
  if (context === "span") return false;
  if (template?.placeholders.has(n) && !ALLOWED_TAGS.has(n)) return true;
  if (KNOWN_PLACEHOLDERS.has(n)) return true;
  if (context === "fence") return false;
  return EXAMPLE.test(t) || INSTRUCTION.test(t) || SLOT.test(t) || // Alternatives quoted alone (`` `[Home | Bookings | Profile]` ``) are text the author shows
  // as it stands, a tab bar or a menu; left bare they are the template's choice to make.
  context !== "quoted" && ALTERNATIVES.test(t) && t.length <= 80 && !/[.!?]\s/.test(t);
}
var ROUTE_NAME = /^(?:\.\.\.)?[a-z][A-Za-z0-9_-]{0,40}$/;
var EXTENSION = /^\.[a-z][a-z0-9]{0,4}(?![\p{L}\p{N}])/u;
var QUALIFIED_EXTENSION = /^(?:\.[a-z][a-z0-9]{0,9})?\.[a-z][a-z0-9]{0,4}(?![\p{L}\p{N}])/u;
function routeSegment(line, index, length, inner) {
  const end = index + length;
  if (FILE_NAME_PATTERN.test(inner) && QUALIFIED_EXTENSION.test(line.slice(end, end + 18)))
    return true;
  if (!ROUTE_NAME.test(inner)) return false;
  if (EXTENSION.test(line.slice(end, end + 7))) return true;
  return line[index - 1] === "/" && line[end] === "/";
}
function urlVariable(line, index, inner) {
  return line[index - 1] === "/" && URL_VARIABLE.test(inner) && URL_BEFORE.test(line.slice(Math.max(0, index - 200), index));
}
var URL_VARIABLE = /^[A-Z]{2,12}$/;
var URL_BEFORE = /https?:\/\/\S*$/u;
var TREE = /[├└│]/u;
var FILE_NAME_PATTERN = /^[A-Z][a-z][A-Za-z0-9]{0,40}$/;
var CHANGE_MARKER = new RegExp("^\\p{Lu}{2,20}$", "u");
var MARKED_FILE = /^ {1,3}(?:`[^`\s]+\.[A-Za-z]{1,6}`|\[[^\]]+\]\()/u;
var QUOTE_OPEN = /* @__PURE__ */ new Set(['"', "“", "'", "‘"]);
var QUOTE_CLOSE = /* @__PURE__ */ new Set(['"', "”", "'", "’"]);
function codeSpans2(line) {
  const code2 = [];
  const lone = [];
  for (const span of codeSpans(line)) {
    let open = span[0];
    while (line[open] === "`") open++;
    let close = span[1];
    while (close > open && line[close - 1] === "`") close--;
    (/^\s*\[[^\]]*\]\s*$/.test(line.slice(open, close)) ? lone : code2).push(span);
  }
  return { code: code2, lone };
}
function pathSegment(line, index, length) {
  return line[index - 1] === "/" || line[index + length] === "/";
}
var MAY_HOLD = /[[<$]|__/;
function findPlaceholders(line, inCode, template, limit = Number.POSITIVE_INFINITY, angleTemplate = template) {
  if (!MAY_HOLD.test(line)) return [];
  if (line.includes("]")) {
    const box = CHECKBOX_ITEM.exec(line);
    if (box && !MAY_HOLD.test(line.slice(box[0].length))) return [];
  }
  const hits = [];
  let mentions2;
  let inQuoted;
  const { code: spans, lone } = inCode || !line.includes("`") ? { code: [], lone: [] } : codeSpans2(line);
  const inSpan = spanCursor(spans);
  const inLone = spanCursor(lone);
  const contextAt = (index) => inCode ? "fence" : inSpan(index) ? "span" : inLone(index) ? "quoted" : "prose";
  NESTED.lastIndex = 0;
  for (let m = NESTED.exec(line); m !== null && hits.length < limit; m = NESTED.exec(line)) {
    const inner = m[1] ?? "";
    if (m.index > 0 && /[\w)\]]/.test(line[m.index - 1] ?? "")) continue;
    if (CHANGE_MARKER.test(inner) && MARKED_FILE.test(line.slice(m.index + m[0].length))) continue;
    if (routeSegment(line, m.index, m[0].length, inner)) continue;
    if (urlVariable(line, m.index, inner)) continue;
    if (inCode && (line[m.index - 1] === "#" || line[m.index - 1] === "!" && line[m.index - 2] === "#"))
      continue;
    if (inCode && /^[a-z][a-z-]{1,30}$/.test(inner) && /\s#\s+$/.test(line.slice(Math.max(0, m.index - 8), m.index)) && TREE.test(line))
      continue;
    const figure = /^[XYZN]$/.test(inner) && /[<>≥≤=~]/.test(line[previousNonSpace(line, m.index)] ?? "");
    const context = !inCode && QUOTE_OPEN.has(line[m.index - 1] ?? "") && QUOTE_CLOSE.has(line[m.index + m[0].length] ?? "") ? "quoted" : contextAt(m.index);
    if (context === "quoted" && REPLACED.test(line.slice(m.index + m[0].length, m.index + m[0].length + 8)))
      continue;
    if (context === "quoted" && (mentions2 ??= PLACEHOLDER_TALK.test(line))) continue;
    if ((context === "quoted" || context === "span") && namedPlaceholder(line, m.index, m.index + m[0].length))
      continue;
    if (context === "prose" && (inQuoted ??= quotedPhraseCursor(line))(m.index, m.index + m[0].length))
      continue;
    if (figure || isPlaceholderText(inner, context, template)) {
      hits.push({ text: m[0], index: m.index });
      continue;
    }
    for (const inside of inner.matchAll(BRACKET)) {
      const index = m.index + 1 + inside.index;
      if (isPlaceholderText(inside[1] ?? "", contextAt(index), template)) {
        hits.push({ text: inside[0], index });
      }
    }
  }
  const taken = /* @__PURE__ */ new Set();
  const inSpanCaps = spanCursor(spans);
  let tree;
  for (const m of line.matchAll(ANGLE_CAPS)) {
    if (hits.length >= limit) break;
    taken.add(m.index);
    const inPath = pathSegment(line, m.index, m[0].length);
    if (!inCode && !inPath && inSpanCaps(m.index)) continue;
    if (inCode && !inPath && !(tree ??= TREE.test(line))) continue;
    if (angleTemplate && !angleTemplate.angles.has(m[0])) continue;
    hits.push({ text: m[0], index: m.index });
  }
  const inSpanAny = spanCursor(spans);
  for (const m of line.matchAll(ANGLE_ANY)) {
    if (taken.has(m.index)) continue;
    if (!template?.angles.has(m[0])) continue;
    if (!inCode && !pathSegment(line, m.index, m[0].length) && inSpanAny(m.index)) continue;
    hits.push({ text: m[0], index: m.index });
  }
  for (const m of line.matchAll(SPECKIT_TOKEN)) {
    if (m[0] === "$ARGUMENTS" && contextAt(m.index) !== "prose") continue;
    if (m[0] === "$ARGUMENTS" && ARGUMENTS_LABEL.test(line.slice(m.index + m[0].length))) continue;
    hits.push({ text: m[0], index: m.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}
var QUOTED_CAPS = /`\[([A-Z][A-Z0-9-]*)\]`/g;
function literalToken(inner, template) {
  if (!inner.includes("-") || inner.includes("_") || inner.includes(" ")) return false;
  const n = normalize(inner);
  return !(template?.placeholders.has(n) ?? false) && !KNOWN_PLACEHOLDERS.has(n);
}
function quotedLiterals(lines, code2, template) {
  const literals = /* @__PURE__ */ new Set();
  lines.forEach((line, k) => {
    if (code2(k) || !line.includes("`[")) return;
    for (const m of line.matchAll(QUOTED_CAPS))
      if (literalToken(m[1] ?? "", template)) literals.add(`[${m[1] ?? ""}]`);
  });
  return literals;
}
function replacePlaceholders(text, template = null) {
  const hits = findPlaceholders(text, false, template);
  if (hits.length === 0) return text;
  let out = "";
  let from = 0;
  for (const hit of hits) {
    if (hit.index < from) continue;
    out += `${text.slice(from, hit.index)} `;
    from = hit.index + hit.text.length;
  }
  return out + text.slice(from);
}
function findWrappedPlaceholder(lines, start, template) {
  const first2 = lines[start] ?? "";
  const open = first2.lastIndexOf("[");
  if (open < 0 || first2.indexOf("]", open) >= 0) return null;
  let joined = first2.slice(open);
  for (let k = start + 1; k < Math.min(lines.length, start + 8); k++) {
    const next = lines[k] ?? "";
    if (next.trim() === "" || next.includes("[")) return null;
    const close = next.indexOf("]");
    if (close < 0) {
      joined += ` ${next.trim()}`;
      continue;
    }
    joined += ` ${next.slice(0, close + 1).trim()}`;
    if (/^[(:[]/.test(next.slice(close + 1))) return null;
    const hits = findPlaceholders(joined, false, template);
    return hits.length > 0 ? { text: joined, index: open, endLine: k } : null;
  }
  return null;
}

// src/engine/plan/line-gate.ts
function trailingStatus(text) {
  const offset = Math.max(0, text.length - 24);
  const tail = text.slice(offset);
  let found = null;
  for (let from = 0; from < tail.length; ) {
    const m = findStatus(tail.slice(from));
    if (!m) break;
    found = {
      status: m.status,
      index: offset + from + m.index,
      length: m.length,
      ...m.mark ? { mark: true } : {}
    };
    from += m.index + m.length;
  }
  return found && closes(found, text) ? found : null;
}
function closes(m, text) {
  if (!/^[\s.!)）。*_]*$/u.test(text.slice(m.index + m.length))) return false;
  const token = text.slice(m.index, m.index + m.length);
  return m.mark === true || !STATUS_NOUN.test(token) || token === token.toUpperCase() || !new RegExp("\\p{L}[\\s*_`]*$", "u").test(text.slice(0, m.index));
}
var STATUS_NOUN = /^(?:failures?|violations?|breach(?:es)?|deviations?|warnings?)$/iu;
function withoutQuestions(text) {
  return text.split(/(?<=[?？])\s*/u).filter((s) => !QUESTION.test(s)).join(" ").trim();
}
function withoutPlaceholders(text) {
  return replacePlaceholders(text).trim();
}
function paragraphContent(raw) {
  let i = skipWhite(raw, 0);
  if (raw[i] === ">") i = skipWhite(raw, i + 1);
  return raw.slice(i);
}
function leadingMark(content) {
  const m = openingStatusMark(content);
  if (!m) return { mark: null, rest: content };
  const at2 = skipWhite(content, m.index + m.length);
  const bold = content.startsWith("**", at2) || content.startsWith("__", at2);
  return bold ? { mark: m, rest: content.slice(at2) } : { mark: null, rest: content };
}
var MARKED_BOX = /^\[\s?([^\s[\]]{1,2})\s?\]\s+/u;
var PARTLY_TICKED = { status: "needs-review", index: 0, length: 1, mark: true };
function markedBox(content) {
  const m = MARKED_BOX.exec(content);
  const mark = m ? m[1] === "~" ? PARTLY_TICKED : openingStatusMark(m[1] ?? "") : null;
  return mark && m ? { mark, rest: content.slice(m[0].length) } : { mark: null, rest: content };
}
function instructs(label2, value) {
  if (!INSTRUCTION_LABEL.test(label2)) return false;
  if (!/^gate$/iu.test(label2.trim())) return true;
  const status = findStatus(plainText(value));
  return status === null || status.index > 0;
}
function gateLike(raw) {
  const content = leadingMark(paragraphContent(raw)).rest;
  const split = splitLabel(content, false);
  const label2 = split ? split.label : splitLabel(content, true)?.label;
  if (label2 === void 0) return false;
  if (!split && !RESULT_LABEL.test(label2)) return false;
  return !REASON_LABEL.test(label2) && label2.length <= 80 && (split ? !instructs(label2, split.value) : !INSTRUCTION_LABEL.test(label2));
}
function statement(label2) {
  return / (?:is|are) /u.test(label2) && label2.trim().split(/\s+/u).length >= 5;
}
function lineGate(doc, blocks, line, endLine) {
  const raw = doc.lines[line - 1] ?? "";
  const kind = doc.kinds[line - 1];
  const item = kind === "list-item" ? listItemAt(doc, line) : void 0;
  const lead = item ? item.checked === null ? markedBox(item.content) : { mark: null, rest: item.content } : leadingMark(paragraphContent(raw));
  const content = lead.rest.length > MAX_GATE_TEXT ? lead.rest.slice(0, MAX_GATE_TEXT) : lead.rest;
  const column = item ? item.column : raw.length - raw.trimStart().length + 1;
  const checkbox = item?.checked ?? null;
  const split = wholeBold(splitLabel(content, false), item !== void 0 && checkbox === null);
  let label2;
  let rest;
  if (split) {
    label2 = split.label;
    rest = split.value;
  } else if (checkbox !== null || item) {
    const plain = plainText(content);
    const colon = plain.search(ITEM_SEPARATOR);
    label2 = colon > 0 && colon < 80 ? plain.slice(0, colon).trim() : plain;
    rest = colon > 0 && colon < 80 ? plain.slice(colon + 1).replace(/^[\s\-–—]+/u, "") : "";
  } else {
    const plain = splitLabel(content, true);
    if (!plain || !RESULT_LABEL.test(plain.label)) return null;
    label2 = plain.label;
    rest = plain.value;
  }
  const boxed = item !== void 0 && item.checked === null && lead.mark !== null;
  if (REASON_LABEL.test(label2) || label2.length > 80 && checkbox === null && !boxed || (split ? instructs(label2, rest) : INSTRUCTION_LABEL.test(label2)))
    return null;
  const isResult = RESULT_LABEL.test(label2);
  const restPlain = plainText(rest);
  if (split && TALLY.test(restPlain) && (statusOnly(label2) || COUNTED.test(label2))) return null;
  if (split && !item && CONDITION_ONLY.test(restPlain) && checklistFollows(doc, line, endLine))
    return null;
  const answer = withoutQuestions(withoutPlaceholders(restPlain));
  const leading = findStatus(answer);
  const near = leading && (leading.index <= 24 || leading.mark) ? leading : trailingStatus(answer);
  const plainItem = !split && checkbox === null && !isResult;
  const asserted = (m, text, opens) => !plainItem || !m || assertedStatus(m, text, opens) ? m : null;
  const labelMark = split || plainItem ? openingMark(label2) : null;
  const found = lead.mark ?? (labelMark?.mark && labelMark.status === "pass" ? labelMark : null) ?? asserted(near, answer, true) ?? (isResult ? null : split ? labelMark : plainItem || checkbox !== null ? trailingStatus(label2) ?? askedStatus(label2) : findStatus(label2));
  if (split && !item && found && !found.mark && statement(label2)) return null;
  let status = found?.status ?? null;
  if (checkbox !== null && (status === null || found?.status === "pass")) {
    status = found && found.status !== "pass" ? found.status : checkbox ? "pass" : "unchecked";
    if (checkbox === false && found?.mark && found.status === "pass" && CLOSING_PASS.test(raw) && (raw.match(PASS_MARKS) ?? []).length === 1)
      status = "pass";
  }
  if (checkbox === true && status === "pending" && found && !found.mark) status = "pass";
  if (status === null && split && !QUESTION.test(restPlain)) status = answerStatus(restPlain);
  if (status === "fail" && split && noToUnwanted(label2, answer)) status = "pass";
  const details = detailLines(doc, blocks, line, endLine);
  if (status === null && split && answer === "" && restPlain !== "" && details.length > 0) {
    const below = findStatus(details[0] ?? "");
    status = below && (below.index <= 24 || below.mark) ? below.status : answerStatus(details[0] ?? "");
  }
  if (status === null) {
    if (!split || isResult || restPlain === "") return null;
    status = answer === "" && QUESTION.test(restPlain) ? "unchecked" : "unknown";
  }
  const fromAnswer = found !== null && found === near;
  const own = fromAnswer ? `${answer.slice(0, found.index)} ${answer.slice(found.index + found.length)}`.replace(
    /[(（[]\s*[)）\]]/gu,
    " "
  ) : restPlain;
  const reason = trimEndWith(
    [own, ...details].join(" ").replace(/^[\s\-–—:：,.()|]+/u, ""),
    (c) => /[\s\-–—:：,(|]/u.test(c)
  ).trim();
  const gate = {
    label: isResult ? "Gate result" : label2,
    status,
    line,
    column,
    form: isResult ? "result" : checkbox !== null ? "checkbox" : split ? "label" : "item",
    reason,
    text: `${label2} ${restPlain}`
  };
  if (isResult && label2 !== "") gate.written = label2;
  return gate;
}
function statusOnly(label2) {
  const plain = plainText(label2).trim();
  if (plain.length > 24) return null;
  const m = findStatus(plain);
  return m && m.index <= 3 && m.index + m.length >= plain.length - 1 ? m.status : null;
}
var COUNTED = /^\s*(?:warnings?|errors?|violations?|issues?|failures?|blockers?|deviations?|exceptions?)\s*$/iu;
var TALLY = /^\s*\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*(?:✅|❌|⚠️|⚠|✓|✗|✘|×|🟢|🟡|🔴))*\s*$/u;
var ITEM_SEPARATOR = /:\s|：|\s[-–—]\s/u;
function wholeBold(split, plainListItem) {
  if (!split || !plainListItem || !/^[\s.。!]*$/u.test(split.value)) return split;
  const separator = split.label.search(ITEM_SEPARATOR);
  return separator > 0 && separator < 80 && separator < split.label.length - 2 ? null : split;
}
var CONDITION_ONLY = /^(?:\([^()]*\)\s*)?(?:[:：]\s*)?$/u;
function checklistFollows(doc, line, endLine) {
  let l = line + 1;
  while (l <= endLine && doc.kinds[l - 1] === "blank") l++;
  if (l > endLine || doc.kinds[l - 1] !== "list-item") return false;
  if (CHECKBOX_ITEM.test(doc.lines[l - 1] ?? "")) return true;
  return openingStatusMark(listItemAt(doc, l)?.content ?? "") !== null;
}
function openingMark(label2) {
  const box = LEADING_BOX.exec(label2);
  if (box) return { status: box[1] === " " ? "unchecked" : "pass", index: 0, length: 3 };
  const m = findStatus(label2);
  return m?.mark && m.index === 0 ? m : null;
}
var LEADING_BOX = /^\[([ xX✓])\](?=\s)/u;
var CLOSING_PASS = /(?:✓|✔️?|✅)(?:\s*(?:\*\*|__))?\s*$/u;
var PASS_MARKS = /[✓✔✅]/gu;
function askedStatus(label2) {
  const answer = withoutQuestions(label2);
  return assertedOnly(findStatus(answer), answer);
}
function assertedOnly(m, text) {
  return m && assertedStatus(m, text, false) ? m : null;
}
function assertedStatus(m, text, opens) {
  if (m.mark) return true;
  const token = text.slice(m.index, m.index + m.length);
  if (new RegExp("\\p{Lu}{2}", "u").test(token) && token === token.toUpperCase()) return true;
  if (opens && m.index <= 3) return true;
  return closes(m, text);
}
function detailLines(doc, blocks, line, endLine) {
  const base = doc.indents[line - 1] ?? -1;
  const isItem = doc.kinds[line - 1] === "list-item";
  const out = [];
  let lazy2 = false;
  for (let l = line + 1; l <= endLine; l++) {
    const kind = doc.kinds[l - 1];
    const raw = doc.lines[l - 1] ?? "";
    if (kind === "blank" && isItem) {
      let k = l + 1;
      while (k <= endLine && doc.kinds[k - 1] === "blank") k++;
      if (k <= endLine && (doc.indents[k - 1] ?? -1) > base && doc.kinds[k - 1] !== "heading") {
        l = k - 1;
        continue;
      }
      break;
    }
    if (kind === "blank" || kind === "heading" || kind === "table") break;
    if (kind === "comment" || kind === "code" || kind === "fence") {
      const first2 = blocks.start[l] ?? l;
      if (isItem && (doc.indents[first2 - 1] ?? -1) <= base) break;
      l = Math.max(l, blocks.end[l] ?? l);
      continue;
    }
    const indent = doc.indents[l - 1] ?? -1;
    if (kind === "list-item" && isItem && (indent <= base || lazy2)) break;
    if (kind === "list-item" && !isItem && splitLabel(raw.replace(/^\s*[-*+]\s+/, ""), false))
      break;
    if (kind === "text" && (indent <= base || !isItem) && gateLike(raw)) break;
    if (kind === "text" && indent <= base && isItem) {
      lazy2 = true;
      out.push(plainText(raw));
      continue;
    }
    if (kind === "text" && splitLabel(raw, false) && indent <= base) break;
    out.push(plainText(raw));
  }
  return out;
}

// src/engine/plan/sections.ts
var KINDS = Object.keys(SECTION_PATTERNS);
var GROUPS = [];
var PATTERNS = KINDS.map(
  (kind) => [
    kind,
    SECTION_PATTERNS[kind].map(
      (pattern) => pattern.map((group) => {
        GROUPS.push(group);
        return GROUPS.length - 1;
      })
    )
  ]
);
var POST_DESIGN_GROUP = GROUPS.push(POST_DESIGN) - 1;
var TITLE_INDEX = termIndex(GROUPS);
var SUMMARY_WORDS = SECTION_PATTERNS.summary.flatMap(
  (p) => p.flatMap((group) => group.map(normalize))
);
var BARE_STRUCTURE = new Set([...BARE_STRUCTURE_TITLES].map(normalize));
function titleOf(plain) {
  return plain.replace(LEADING_MARKS, "").replace(LEADING_NUMBER, "").trim();
}
var LEADING_MARKS = /^[\p{Extended_Pictographic}\uFE0F\s]+/u;
var LEADING_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|第\s*\S+?\s*[章节節部])\s*/u;
function classify(title) {
  return readTitle(normalize(title), title).kinds;
}
var NO_KIND = Object.freeze({
  kinds: /* @__PURE__ */ new Set(),
  postDesign: false
});
function readTitle(normalized, title) {
  const hits = TITLE_INDEX(normalized);
  const bare = BARE_STRUCTURE.has(normalized);
  if (hits.size === 0 && !bare) return NO_KIND;
  const kinds = /* @__PURE__ */ new Set();
  if (bare) kinds.add("project-structure");
  if (hits.size === 0) return { kinds, postDesign: false };
  for (const [kind, patterns] of PATTERNS)
    if (patterns.some((groups) => groups.every((id) => hits.has(id)))) kinds.add(kind);
  if (kinds.has("summary") && PART_OVERVIEW.test(normalized) && !normalized.includes("summary"))
    kinds.delete("summary");
  if (kinds.has("summary") && kinds.size > 1 && !SUMMARY_WORDS.some((w) => normalized === w || normalized.startsWith(`${w} `)))
    kinds.delete("summary");
  if (kinds.has("constitution-check") && (CITED_PRINCIPLE.test(normalized) || title !== void 0 && SECTION_CITED.test(title)) && !checkWord(normalized))
    kinds.delete("constitution-check");
  else if (kinds.has("constitution-check") && !checkWord(normalized) && title !== void 0) {
    const head = withoutClosingParenthesis(title);
    if (head !== title.trim() && TITLE_INDEX(normalize(head)).size === 0)
      kinds.delete("constitution-check");
  }
  return { kinds, postDesign: hits.has(POST_DESIGN_GROUP) };
}
function withoutClosingParenthesis(title) {
  const t = title.trim();
  const open = Math.max(t.lastIndexOf("("), t.lastIndexOf("（"));
  return open > 0 && /[)）]$/u.test(t) ? t.slice(0, open).trim() : t;
}
var CITED_PRINCIPLE = /\S \s*constitution (?!v\d)(?:[ivxlc]{1,7}|[a-z]{1,3}\d{1,3})(?: |$)/u;
var SECTION_CITED = /§\s*(?:[IVXLC]{1,7}|\d{1,3})(?![\p{L}\p{N}])|\bprinciples?\s+(?:[IVXLC]{1,7}|\d{1,3})(?![\p{L}\p{N}])/iu;
var checkWord = termMatcher(CHECK);
function isPostDesign(title) {
  return readTitle(normalize(title)).postDesign;
}
function titleBlock(headings) {
  let titles = 0;
  while (titles < headings.length && headings[titles]?.depth === 1) titles++;
  return titles === headings.length ? 0 : titles;
}
function partOf(name, depth, parent, titles) {
  if (!name.kinds.has("project-structure") || depth < 4 || parent < titles) return name.kinds;
  const kinds = new Set(name.kinds);
  kinds.delete("project-structure");
  return kinds;
}
function frontMatter(doc, heading) {
  return heading.line === 2 && heading.depth === 2 && (doc.lines[0] ?? "").trim() === "---" && /^[\w-]+\s*:/u.test(doc.lines[1] ?? "");
}
function buildSections(doc) {
  const { headings } = doc;
  const skip = headings[0] && frontMatter(doc, headings[0]) ? 1 : 0;
  const titles = skip + titleBlock(skip > 0 ? headings.slice(skip) : headings);
  const named3 = /* @__PURE__ */ new Map();
  const parents2 = [];
  const open = [];
  headings.forEach((heading, k) => {
    while (open.length > 0 && (headings[open[open.length - 1]]?.depth ?? 0) >= heading.depth)
      open.pop();
    parents2.push(open[open.length - 1] ?? -1);
    open.push(k);
  });
  const sections = headings.map((heading, k) => {
    let end = doc.lines.length;
    for (let n = k + 1; n < headings.length; n++) {
      const next = headings[n];
      if (next && next.depth <= heading.depth) {
        end = next.line - 1;
        break;
      }
    }
    let name = named3.get(heading.raw);
    if (!name) {
      const plain = plainText(heading.raw);
      const title = titleOf(plain);
      const read2 = readTitle(normalize(title), title);
      name = { kinds: read2.kinds, plain, title, postDesign: read2.postDesign };
      if (named3.size < 1024) named3.set(heading.raw, name);
    }
    return {
      kinds: k < titles ? NO_KIND.kinds : partOf(name, heading.depth, parents2[k] ?? -1, titles),
      heading,
      plain: name.plain,
      title: name.title,
      line: heading.line,
      endLine: end,
      postDesign: name.postDesign
    };
  });
  return skip > 0 ? sections.slice(skip) : sections;
}

// src/engine/plan/table-gates.ts
function columnIndex(header, re) {
  return header.findIndex((h) => re.test(plainText(h)));
}
var STATUS_COLUMN = /status|result|pass|compliance|compliant|verdict|state|状态|狀態|結果|状態|判定|ステータス|合否|评估|評估|符合|结果|準拠/iu;
var LABEL_COLUMN = /principle|gate|check|article|requirement|rule|criteri|item|原则|原則|门禁|ゲート|項目|条款|要求|检查/iu;
var REASON_COLUMN = /note|justification|rationale|evidence|comment|detail|explanation|how|reason|说明|备注|理由|根拠|備考|説明|证据|証拠|対応/iu;
var DECIDED = /* @__PURE__ */ new Set([
  "pass",
  "fail",
  "needs-review",
  "not-applicable"
]);
var LEADING = 24;
function tableGates(table) {
  const header = table.header;
  if (header.some((h) => /violation/i.test(h)) && header.some((h) => /why|simpler/i.test(h)))
    return [];
  const read2 = [];
  const statusesOf = (c) => read2[c] ??= table.rows.map((r) => findStatus(plainText(r.cells[c] ?? "")));
  const statusCells = (c) => statusesOf(c).filter((f) => f !== null && (f.mark === true || f.index <= LEADING)).length;
  const held = (count3) => count3 > 0 && count3 * 2 >= table.rows.length;
  let statusCol = columnIndex(header, STATUS_COLUMN);
  const headed = statusCol >= 0;
  if (!headed) {
    let best = -1;
    let bestCount = 0;
    for (let c = 0; c < header.length; c++) {
      const count3 = statusCells(c);
      if (count3 > bestCount) {
        best = c;
        bestCount = count3;
      }
    }
    if (!held(bestCount)) return [];
    statusCol = best;
  }
  const later = [];
  for (let c = statusCol + 1; c < header.length; c++)
    if ((!headed || STATUS_COLUMN.test(plainText(header[c] ?? ""))) && held(statusCells(c)))
      later.push(c);
  let labelCol = columnIndex(header, LABEL_COLUMN);
  if (labelCol === statusCol || labelCol < 0) labelCol = statusCol === 0 ? 1 : 0;
  const reasonCol = columnIndex(header, REASON_COLUMN);
  return table.rows.flatMap((row, r) => {
    const label2 = plainText(row.cells[labelCol] ?? "");
    if (label2 === "" || /^-+$/.test(label2)) return [];
    const cells = row.cells.map((c, k) => k === labelCol ? label2 : plainText(c));
    let col = statusCol;
    let found = findStatus(cells[statusCol] ?? "");
    for (let n = later.length - 1; n >= 0; n--) {
      const c = later[n] ?? statusCol;
      const status = statusesOf(c)[r] ?? null;
      if (status && DECIDED.has(status.status)) {
        col = c;
        found = status;
        break;
      }
    }
    const statusText = cells[col] ?? "";
    const others = cells.map((c, k) => k === labelCol || k === col ? "" : c).filter((c) => c !== "" && c !== "-" && c !== "—");
    const reasonParts = reasonCol >= 0 && reasonCol !== labelCol && reasonCol !== col ? [cells[reasonCol] ?? ""] : others;
    const afterStatus = found ? statusText.slice(found.index + found.length).replace(/^[\s\-–—:：,.()]+/u, "") : statusText;
    return [
      {
        label: label2,
        status: found?.status === "fail" && noToUnwanted(label2, statusText) ? "pass" : found?.status ?? "unknown",
        line: row.line,
        column: 1,
        form: "table",
        cells,
        reason: [afterStatus, ...reasonParts].filter(Boolean).join(" ").trim(),
        text: cells.join(" ")
      }
    ];
  });
}

// src/engine/plan/gates.ts
var CLOSING_STATUS = /\([A-Z]{2,}(?:[ -][A-Z]{2,}){0,3}\)\.?\s*$/u;
function extractGates(doc, checks, sections, sectionAt) {
  const gates = [];
  const seen = new Uint8Array(doc.lines.length + 2);
  const postDesignLines = new Uint8Array(doc.lines.length + 2);
  const postDesignSections = markLines(
    doc.lines.length,
    sections.filter((s) => s.postDesign)
  );
  const sectionIndex = new Map(sections.map((s, k) => [s, k]));
  const blocks = blockSpans(doc);
  const visited = /* @__PURE__ */ new Set();
  const evidence = new Int32Array(doc.lines.length + 2);
  let ordinal2 = 0;
  for (const check of checks) {
    const stamp = ++ordinal2;
    const first2 = gates.length;
    const phaseOf = (line) => check.postDesign || postDesignLines[line] === 1 || postDesignSections[line] === 1 ? "post-design" : "initial";
    const skip = (line) => {
      const s = sectionAt(line);
      return s !== void 0 && s !== check && s.kinds.has("complexity-tracking") && !s.kinds.has("constitution-check");
    };
    const add = (gate) => {
      if (seen[gate.line] === 1 || gates.length >= MAX_GATES) return;
      seen[gate.line] = 1;
      const full = {
        label: gate.label,
        status: gate.status,
        line: gate.line,
        column: gate.column,
        form: gate.form,
        reason: gate.reason,
        text: gate.text,
        phase: phaseOf(gate.line),
        sectionTitle: sectionAt(gate.line)?.title ?? check.title
      };
      if (gate.cells) full.cells = gate.cells;
      if (gate.openBoxes) full.openBoxes = gate.openBoxes;
      if (gate.scope !== void 0) full.scope = gate.scope;
      if (gate.written !== void 0) full.written = gate.written;
      gates.push(full);
    };
    for (let k = (sectionIndex.get(check) ?? sections.length) + 1; k < sections.length && gates.length < MAX_GATES; k++) {
      const s = sections[k];
      if (!s || s.line > check.endLine) break;
      if (visited.has(s.line) || s.postDesign) continue;
      if (s.kinds.size > 0 && (s.kinds.has("constitution-check") || !PRINCIPLE_NUMERAL.test(s.plain)))
        continue;
      const gate = headingGate(doc, s);
      if (gate) {
        add(gate);
        if (gate.statusLine !== void 0) seen[gate.statusLine] = 1;
        const end = Math.min(s.endLine, doc.lines.length);
        evidence.fill(stamp, s.line + 1, end + 1);
        if (gate.status === "unknown" && gate.openBoxes === void 0) {
          for (let l = s.line + 1; l <= end; l++)
            if (doc.kinds[l - 1] === "list-item" && openingStatusMark((doc.lines[l - 1] ?? "").replace(LIST_MARKER, "")) !== null)
              evidence[l] = 0;
        }
      }
    }
    visited.add(check.line);
    const isEvidence = (line) => evidence[line] === stamp && !isResultLine(doc.lines[line - 1] ?? "");
    let postDesignFrom = Number.POSITIVE_INFINITY;
    let listLabel = null;
    for (let line = check.line + 1; line <= check.endLine && gates.length < MAX_GATES; line++) {
      const kind = doc.kinds[line - 1];
      if (kind === "heading") postDesignFrom = Number.POSITIVE_INFINITY;
      if (kind !== "list-item" && kind !== "blank") listLabel = null;
      if (kind === "text") {
        const marker = splitLabel(doc.lines[line - 1] ?? "", false);
        if (marker && marker.value === "" && isPostDesign(marker.label)) postDesignFrom = line;
        listLabel = marker;
      }
      if (line > postDesignFrom) postDesignLines[line] = 1;
      if (kind !== "text" && kind !== "list-item" || skip(line) || seen[line] === 1 || isEvidence(line))
        continue;
      const gate = lineGate(doc, blocks, line, check.endLine);
      if (!gate) continue;
      if (kind === "list-item" && listLabel)
        gate.scope = `${listLabel.label}: ${plainText(listLabel.value)}`;
      add(gate);
      if (kind === "list-item") {
        const base = doc.indents[line - 1] ?? -1;
        const deeper = (l) => (doc.indents[l] ?? -1) > base;
        while (line + 1 <= check.endLine) {
          const nextKind = doc.kinds[line];
          if (nextKind === "heading") break;
          if (nextKind === "blank") {
            let k = line + 1;
            while (k < check.endLine && doc.kinds[k] === "blank") k++;
            if (k >= check.endLine || !deeper(k)) break;
            line = k;
            continue;
          }
          if (!deeper(line)) break;
          line++;
        }
      } else if (gate.form === "label") {
        while (line + 1 <= check.endLine && doc.kinds[line] === "list-item") {
          if (splitLabel((doc.lines[line] ?? "").replace(/^\s*[-*+]\s+/, ""), false)) break;
          line++;
          if (gate.status === "pass" && CLOSING_STATUS.test(doc.lines[line - 1] ?? "")) {
            const own = lineGate(doc, blocks, line, check.endLine);
            if (own && own.form === "item" && needsJustification(own.status)) add(own);
          }
          if (isResultLine(doc.lines[line - 1] ?? "")) seen[line] = 1;
        }
      }
    }
    for (let t = firstTableAfter(doc.tables, check.line); t < doc.tables.length; t++) {
      const table = doc.tables[t];
      if (!table || table.line > check.endLine || gates.length >= MAX_GATES) break;
      if (skip(table.line)) continue;
      for (const gate of tableGates(table)) add(gate);
    }
    answerBelow(gates, first2);
    answerByResult(gates, first2);
  }
  return gates.sort((a, b) => a.line - b.line);
}
var ANSWER_LABEL = new RegExp(`^(?:${ANSWER_LABELS.join("|")})$`, "iu");
function answerBelow(gates, from) {
  for (let g = from; g + 1 < gates.length; g++) {
    const question = gates[g];
    const answer = gates[g + 1];
    if (question?.form === "label" && question.status === "unchecked" && answer?.form === "label" && ANSWER_LABEL.test(answer.label.trim()) && answer.line - question.line <= 4 && answer.status !== "unknown") {
      question.status = answer.status;
      question.reason = answer.reason;
    }
  }
}
function answerByResult(gates, from) {
  const last = { initial: 0, "post-design": 0 };
  for (let r = from; r < gates.length; r++) {
    const result = gates[r];
    if (result?.form === "result" && result.status === "pass")
      last[result.phase] = Math.max(last[result.phase], result.line);
  }
  for (let g = from; g < gates.length; g++) {
    const gate = gates[g];
    if (gate?.form === "label" && (gate.status === "unchecked" || gate.status === "unknown") && gate.line < last[gate.phase])
      gate.status = "pass";
  }
}
function firstTableAfter(tables, line) {
  let lo = 0;
  let hi = tables.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((tables[mid]?.line ?? 0) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function isResultLine(raw) {
  const split = splitLabel(raw.replace(/^\s*[-*+]\s+/, ""), true);
  return split !== null && RESULT_LABEL.test(split.label);
}
var PRINCIPLE_NUMERAL = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:principle\s+)?[IVXLC]{1,7}[.:：)]\s/iu;
function headingGate(doc, s) {
  const title = s.plain;
  const inHeading = findStatus(title);
  let status = inHeading?.status ?? null;
  let statusLine;
  let marked = false;
  const body = [];
  for (let l = s.line + 1; l <= s.endLine; l++) {
    if (!isProse(doc.kinds[l - 1]) || doc.kinds[l - 1] === "heading") continue;
    const text = plainText(doc.lines[l - 1] ?? "");
    if (text === "") continue;
    if (!marked && doc.kinds[l - 1] === "list-item")
      marked = openingStatusMark(text.replace(LIST_MARKER, "")) !== null;
    if (statusLine === void 0 && !marked) {
      const split = splitLabel((doc.lines[l - 1] ?? "").replace(LIST_MARKER, ""), true);
      const verdict = split ? headingVerdict(split, doc.kinds[l - 1] === "list-item") : null;
      if (verdict) {
        if (status === null) status = verdict.status;
        statusLine = l;
        if (verdict.rest !== null) body.push(verdict.rest);
        continue;
      }
    }
    body.push(text);
  }
  const colon = title.search(/[:：]/u);
  const answer = colon > 0 ? { asked: title.slice(0, colon), said: title.slice(colon + 1) } : statusLine === void 0 && body[0] !== void 0 ? { asked: title, said: body[0] } : null;
  if ((status === "fail" || status === "needs-review") && inHeading && answer && noToUnwanted(answer.asked, answer.said))
    status = "pass";
  const numbered2 = NUMBERED_TITLE.test(title);
  if (status === null && !numbered2) return null;
  let openBoxes;
  if (status === null && numbered2) {
    const boxes = checklist(doc, s);
    status = boxes.status;
    if (boxes.open.length > 0) openBoxes = boxes.open;
  } else if (status === "pass" && inHeading) {
    const boxes = checklist(doc, s);
    if (boxes.open.length > 0) {
      status = "unchecked";
      openBoxes = boxes.open;
    }
  }
  if (!numbered2 && !inHeading) {
    for (let l = s.line + 1; l <= s.endLine; l++) {
      if (doc.kinds[l - 1] === "list-item" && CHECKBOX_ITEM.test(doc.lines[l - 1] ?? ""))
        return null;
    }
  }
  const label2 = inHeading ? trimEndWith(title.slice(0, inHeading.index), labelEnd).trim() || title : title;
  const joined = body.join(" ");
  const gate = {
    label: label2,
    status: status ?? "unknown",
    line: s.line,
    column: 1,
    form: "heading",
    reason: joined.replace(REASON_START, ""),
    text: `${title} ${joined}`
  };
  if (statusLine !== void 0) gate.statusLine = statusLine;
  if (openBoxes) gate.openBoxes = openBoxes;
  return gate;
}
function headingVerdict(split, listItem2) {
  if (RESULT_LABEL.test(split.label)) {
    const found = findStatus(split.value);
    return {
      status: found?.status ?? null,
      rest: found ? split.value.slice(found.index + found.length) : null
    };
  }
  const status = listItem2 ? null : statusOnly(split.label);
  return status ? { status, rest: split.value } : null;
}
function checklist(doc, s) {
  let boxes = 0;
  const open = [];
  for (let l = s.line + 1; l <= s.endLine && open.length < MAX_GATES; l++) {
    const item = listItemAt(doc, l);
    if (!item || item.checked === null) continue;
    boxes++;
    if (!item.checked)
      open.push({ line: l, column: item.column, text: plainText(item.content).trim() });
  }
  return { status: boxes === 0 ? null : open.length > 0 ? "unchecked" : "pass", open };
}
var NUMBERED_TITLE = /^\s*(?:principle\s+|article\s+)?(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.:：、)]/iu;
var LABEL_END = /[\s:：\-–—(]/u;
var labelEnd = (c) => LABEL_END.test(c);
var REASON_START = /^[\s\-–—:：,.()|]+/u;

// src/engine/plan/header.ts
var HEADER_LABELS = [
  ["branch", /^(?:feature )?branch$|^分支$|^ブランチ$/iu],
  ["date", /^(?:date|created|创建日期|日期|日付|作成日)$/iu],
  ["spec", /^(?:spec|feature spec|specification|规范|规格|仕様|仕様書)$/iu]
];
function extractHeader(doc) {
  const header = {};
  const limit = Math.min(doc.lines.length, 60);
  for (let k = 0; k < limit; k++) {
    const kind = doc.kinds[k];
    if (kind !== "text" && kind !== "list-item") continue;
    const raw = doc.lines[k] ?? "";
    const re = /(?:\*\*|__)([^*_]{1,30}?)[:：]?(?:\*\*|__)\s*(?:[:：]\s*)?([^|]*)/gu;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      const label2 = (m[1] ?? "").trim();
      for (const [key, pattern] of HEADER_LABELS) {
        if (!header[key] && pattern.test(label2)) {
          const valueRaw = m[2] ?? "";
          const column = m.index + m[0].length - valueRaw.length + 1;
          header[key] = { value: valueRaw.trim(), line: k + 1, column };
        }
      }
    }
  }
  return header;
}

// src/engine/plan/parse.ts
function lazy(compute) {
  let value;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
function unwrapFence(text) {
  const open = /^\s*?(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*(?=\r?\n)/i.exec(text);
  if (!open?.[1]) return text;
  const fence = open[1];
  const lines = text.split(/(?<=\n)/);
  let start = 0;
  while (start < lines.length && (lines[start] ?? "").trim() === "") start++;
  const closing = new RegExp(
    `^[ \\t]*${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*\\r?\\n?$`
  );
  let end = start + 1;
  while (end < lines.length && !closing.test(lines[end] ?? "")) end++;
  const blank = (line) => (line ?? "").replace(/[^\r\n]/g, "");
  lines[start] = blank(lines[start]);
  if (end < lines.length) lines[end] = blank(lines[end]);
  return lines.join("");
}
var REQUIRED = [
  "summary",
  "technical-context",
  "constitution-check",
  "project-structure"
];
function boldTitle(raw) {
  const t = raw.trim();
  const mark = t.slice(0, 2);
  if (mark !== "**" && mark !== "__" || t.length > 90) return null;
  let end = t.length;
  if (t[end - 1] === ":" || t[end - 1] === "：") end--;
  if (t.slice(end - 2, end) !== mark) return null;
  const inner = t.slice(2, end - 2).trim();
  const title = inner.endsWith(":") || inner.endsWith("：") ? inner.slice(0, -1).trim() : inner;
  return title === "" || title.includes(mark) ? null : title;
}
function withPseudoHeadings(doc, sections) {
  const missing = new Set(REQUIRED.filter((k) => !sections.some((s) => s.kinds.has(k))));
  if (missing.size === 0) return sections;
  const titled = [];
  for (let k = 0; k < doc.lines.length; k++) {
    if (doc.kinds[k] !== "text") continue;
    const raw = doc.lines[k] ?? "";
    const lead = raw.trimStart();
    if (!lead.startsWith("**") && !lead.startsWith("__")) continue;
    const title = boldTitle(raw);
    if (title === null) continue;
    const kinds = classify(title);
    if (kinds.size > 0) titled.push({ line: k + 1, title, kinds });
  }
  const added = [];
  for (const [n, t] of titled.entries()) {
    const kinds = new Set([...t.kinds].filter((k) => missing.has(k)));
    if (kinds.size === 0) continue;
    for (const k of kinds) missing.delete(k);
    const nextHeading = doc.headings.find((h) => h.line > t.line)?.line ?? doc.lines.length + 1;
    const nextTitle = titled[n + 1]?.line ?? doc.lines.length + 1;
    added.push({
      kinds,
      heading: { line: t.line, depth: 6, raw: t.title, index: -1 },
      plain: t.title,
      title: t.title,
      line: t.line,
      endLine: Math.min(nextHeading, nextTitle) - 1,
      postDesign: false
    });
  }
  if (added.length === 0) return sections;
  return [...sections, ...added].sort((a, b) => a.line - b.line);
}
var GATE_WORD = /\bgat(?:e[sd]?|ing)\b|关卡|關卡|门禁|門禁|ゲート|게이트|cổng|portão|puerta|compuerta|шлюз/iu;
var GATE_INSTRUCTION = new RegExp(`(?:${GATE_WORD.source})[\\s*]{0,4}[:：]`, "iu");
var PHASE_ZERO = /(?:phase|fase|フェーズ|阶段|階段|단계|этап|giai đoạn)\s*0|(?<![\d.])0\s*(?:阶段|階段|단계|フェーズ)/iu;
var INSTRUCTION_LINES = 6;
function opensWith(doc, s, test, read2 = isProse) {
  const last = Math.min(s.endLine, s.line + INSTRUCTION_LINES);
  for (let l = s.line + 1; l <= last; l++) {
    if (!read2(doc.kinds[l - 1])) continue;
    if (test((doc.lines[l - 1] ?? "").slice(0, 400))) return true;
  }
  return false;
}
var GATE_IN_PROSE = new RegExp(`(?:${GATE_WORD.source})(?!\\.[a-z])`, "iu");
var speaksOfCheck = (raw) => GATE_IN_PROSE.test(raw) || constitutionWord(normalize(raw));
function withCheckByContent(doc, sections) {
  if (sections.some((s) => s.kinds.has("constitution-check"))) return sections;
  const unknown = (s) => s.heading.depth >= 2 && s.kinds.size === 0;
  let k = sections.findIndex(
    (s) => unknown(s) && opensWith(doc, s, (raw) => GATE_INSTRUCTION.test(raw) && PHASE_ZERO.test(raw))
  );
  if (k < 0)
    k = sections.findIndex(
      (s) => unknown(s) && checkWord(normalize(s.title)) && opensWith(doc, s, speaksOfCheck, (kind) => isProse(kind) && kind !== "table")
    );
  if (k < 0)
    k = sections.findIndex((s) => {
      if (!unknown(s)) return false;
      const title = normalize(s.title);
      return checkWord(title) && GATE_WORD.test(s.title) && opensWith(
        doc,
        s,
        (raw) => constitutionWord(normalize(raw)) || /constitution\.md/iu.test(raw)
      );
    });
  return relabel(sections, k, "constitution-check");
}
function withContextByContent(doc, sections) {
  if (sections.some((s) => s.kinds.has("technical-context"))) return sections;
  const k = sections.findIndex((s) => {
    if (s.heading.depth < 2 || s.kinds.size > 0) return false;
    let families = null;
    let labelled = 0;
    let fields = 0;
    const last = Math.min(s.endLine, s.line + CONTEXT_LINES);
    for (let l = s.line + 1; l <= last; l++) {
      const kind = doc.kinds[l - 1];
      if (kind !== "text" && kind !== "list-item") continue;
      const body = (doc.lines[l - 1] ?? "").replace(LIST_MARKER, "");
      const split = splitLabel(body, false);
      if (!split || split.label.length > 60) continue;
      labelled++;
      const found = fieldFamilies(normalize(split.label));
      if (found.length === 0) continue;
      fields++;
      families ??= /* @__PURE__ */ new Set();
      for (const f of found) families.add(f);
    }
    return families !== null && families.size >= 3 && fields * 3 >= labelled * 2;
  });
  return relabel(sections, k, "technical-context");
}
function withRecheckSections(doc, sections) {
  const checks = sections.filter((s) => s.kinds.has("constitution-check"));
  if (checks.length === 0) return sections;
  let out = sections;
  sections.forEach((s, k) => {
    if (!s.postDesign || s.heading.depth < 2 || s.kinds.has("constitution-check")) return;
    if (checks.some((c) => c.line < s.line && c.endLine >= s.endLine)) return;
    const speaks = checkWord(normalize(s.title)) || speaksOfCheck(s.title) || opensWith(doc, s, speaksOfCheck);
    if (!speaks) return;
    if (out === sections) out = sections.slice();
    out[k] = { ...s, kinds: /* @__PURE__ */ new Set([...s.kinds, "constitution-check"]) };
  });
  return out;
}
function withGatesAfterCheck(sections) {
  let out = sections;
  sections.forEach((s, k) => {
    const title = withoutClosingParenthesis(s.title);
    if (s.heading.depth < 2 || s.kinds.size > 0 || !GATES_TITLE.test(title)) return;
    let before = k - 1;
    while (before >= 0 && (sections[before]?.heading.depth ?? 0) > s.heading.depth) before--;
    const check = sections[before];
    if (!check || check.heading.depth !== s.heading.depth || check.endLine !== s.line - 1) return;
    if (!check.kinds.has("constitution-check")) return;
    if (out === sections) out = sections.slice();
    out[k] = { ...s, kinds: /* @__PURE__ */ new Set(["constitution-check"]) };
  });
  return out;
}
function relabel(sections, k, kind) {
  const found = sections[k];
  if (!found) return sections;
  const out = sections.slice();
  out[k] = { ...found, kinds: /* @__PURE__ */ new Set([kind]) };
  return out;
}
var constitutionWord = termMatcher(CONSTITUTION);
var CONTEXT_LINES = 30;
function parsePlan(text) {
  const doc = scan(unwrapFence(text));
  const sections = lazy(
    () => withContextByContent(
      doc,
      withRecheckSections(
        doc,
        withGatesAfterCheck(withCheckByContent(doc, withPseudoHeadings(doc, buildSections(doc))))
      )
    )
  );
  const byKind = lazy(() => {
    const map = /* @__PURE__ */ new Map();
    for (const s of sections()) {
      for (const k of s.kinds) {
        const list = map.get(k);
        if (list) list.push(s);
        else map.set(k, [s]);
      }
    }
    return map;
  });
  const sectionsOf = (kind) => byKind().get(kind) ?? [];
  const kindLines = /* @__PURE__ */ new Map();
  const inSection = (kind, line) => {
    let marks = kindLines.get(kind);
    if (!marks) {
      marks = markLines(doc.lines.length, sectionsOf(kind));
      kindLines.set(kind, marks);
    }
    return marks[line] === 1;
  };
  const innermost = lazy(() => innermostSections(doc.lines.length, sections()));
  const sectionAt = (line) => {
    const k = innermost()[line] ?? -1;
    return k >= 0 ? sections()[k] : void 0;
  };
  const fields = lazy(() => extractFields(doc, sectionsOf("technical-context")));
  const gates = lazy(
    () => extractGates(doc, sectionsOf("constitution-check"), sections(), sectionAt)
  );
  const complexityRows = lazy(() => extractComplexityRows(doc, inSection));
  const citations = lazy(() => extractCitations(doc));
  const header = lazy(() => extractHeader(doc));
  return {
    doc,
    get sections() {
      return sections();
    },
    sectionsOf,
    inSection,
    get fields() {
      return fields();
    },
    get gates() {
      return gates();
    },
    get complexityRows() {
      return complexityRows();
    },
    get citations() {
      return citations();
    },
    get header() {
      return header();
    }
  };
}

// src/engine/locate.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function normalizePath(path) {
  return path.replaceAll("\\", "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
}
function dirname(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
var FOREIGN_FOLDERS = /* @__PURE__ */ new Set([
  "node_modules",
  "bower_components",
  "vendor",
  "vendored",
  "third_party",
  "third-party",
  "fixtures",
  "__fixtures__",
  "testdata",
  "examples"
]);
function foreignFolders(path) {
  const segments = path.split("/");
  segments.pop();
  return segments.filter((s) => FOREIGN_FOLDERS.has(s.toLowerCase()));
}
function named(pattern) {
  return new Set(
    normalizePath(pattern).split("/").map((s) => s.toLowerCase())
  );
}
function candidatePaths(planPath, candidates) {
  const out = [];
  const dirs = [];
  for (let dir = dirname(normalizePath(planPath)); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === "") break;
  }
  for (const candidate of candidates) {
    if (candidate.startsWith("/")) {
      out.push(normalizePath(candidate));
      continue;
    }
    const rel = normalizePath(candidate);
    const spelled = named(rel);
    for (const dir of dirs) {
      if (dir !== "" && foreignFolders(`${dir}/x`).some((f) => !spelled.has(f.toLowerCase())))
        continue;
      out.push(dir === "" ? rel : `${dir}/${rel}`);
    }
  }
  return [...new Set(out)];
}
function planMatcher(globs) {
  const matchers = globs.map((glob) => ({
    isMatch: (0, import_picomatch.default)(glob, { dot: true }),
    spelled: named(glob)
  }));
  return (path) => {
    const p = normalizePath(path);
    const foreign = foreignFolders(p).map((f) => f.toLowerCase());
    return matchers.some((m) => m.isMatch(p) && foreign.every((f) => m.spelled.has(f)));
  };
}
function resolveLink(fromFile, href) {
  const target = href.split("#")[0]?.split("?")[0] ?? "";
  if (target === "" || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    decoded = target;
  }
  const parts3 = decoded.startsWith("/") ? [] : dirname(normalizePath(fromFile)).split("/").filter(Boolean);
  for (const seg of decoded.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts3.length === 0) return null;
      parts3.pop();
    } else parts3.push(seg);
  }
  return parts3.length === 0 ? null : parts3.join("/");
}

// src/engine/links.ts
var SIBLING = /(?:^|\/)(?:spec|research|data-model|quickstart|tasks|plan|impl-plan|exec-plan|requirements)\.md$|(?:^|\/)(?:contracts|checklists)(?:\/|$)/;
var isSpace = (c) => c !== void 0 && isWhiteCode(c.charCodeAt(0));
function inlineLinks(line) {
  const out = [];
  let open = -1;
  let from = 0;
  let runEnd = -1;
  const ends = /* @__PURE__ */ new Map();
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "[") {
      open = i;
      continue;
    }
    if (c !== "]") continue;
    const start = open;
    open = -1;
    if (start < from || line[i + 1] !== "(") continue;
    let j = i + 2;
    while (isSpace(line[j])) j++;
    let hrefStart = j;
    if (line[j] === "<" && j + 1 < line.length && !/[)\s>]/.test(line[j + 1] ?? ""))
      hrefStart = j + 1;
    if (runEnd < hrefStart) {
      runEnd = hrefStart;
      while (runEnd < line.length && !/[)\s>]/.test(line[runEnd] ?? "")) runEnd++;
    }
    if (runEnd === hrefStart) continue;
    let end = ends.get(runEnd);
    if (end === void 0) {
      end = closeAfter(line, runEnd);
      ends.set(runEnd, end);
    }
    if (end < 0) continue;
    out.push({ href: line.slice(hrefStart, runEnd), index: start });
    from = end;
    i = end - 1;
  }
  return out;
}
function closeAfter(line, at2) {
  let k = at2;
  if (line[k] === ">") k++;
  let s = k;
  while (isSpace(line[s])) s++;
  if (s > k && line[s] === '"') {
    const quote = line.indexOf('"', s + 1);
    if (quote >= 0) {
      let t = quote + 1;
      while (isSpace(line[t])) t++;
      if (line[t] === ")") return t + 1;
    }
  }
  return line[s] === ")" ? s + 1 : -1;
}
var memo = /* @__PURE__ */ new WeakMap();
function linksToCheck(planPath, plan) {
  let byPath = memo.get(plan);
  if (!byPath) {
    byPath = /* @__PURE__ */ new Map();
    memo.set(plan, byPath);
  }
  let links = byPath.get(planPath);
  if (!links) {
    links = findLinks(planPath, plan);
    byPath.set(planPath, links);
  }
  return links;
}
function rememberLinks(plan, planPath, links) {
  let byPath = memo.get(plan);
  if (!byPath) {
    byPath = /* @__PURE__ */ new Map();
    memo.set(plan, byPath);
  }
  byPath.set(planPath, [...links]);
}
function findLinks(planPath, plan) {
  const out = [];
  const { doc, header } = plan;
  doc.lines.forEach((line, k) => {
    const kind = doc.kinds[k];
    if (kind === "code" || kind === "fence" || kind === "comment" || !line.includes("](")) return;
    const inSpan = spanCursor(codeSpans(line));
    for (const { href, index } of inlineLinks(line)) {
      if (inSpan(index)) continue;
      const target = resolveLink(planPath, href);
      if (!target || !SIBLING.test(target)) continue;
      out.push({ href, target, alternatives: [], line: k + 1, column: index + 1 });
    }
  });
  const spec = header.spec;
  if (spec && !spec.value.includes("](")) {
    const path = /^`([^`\s]+)`$/.exec(spec.value.trim())?.[1];
    const target = path && !path.includes("[") ? resolveLink(planPath, path) : null;
    const fromRoot = path ? resolveLink("", path) : null;
    if (path && target && /\.md$/.test(target)) {
      const alternatives = fromRoot && fromRoot !== target ? [fromRoot] : [];
      out.push({ href: path, target, alternatives, line: spec.line, column: spec.column });
    }
  }
  return out;
}

// src/engine/memo.ts
function memoized(parse) {
  const cache = /* @__PURE__ */ new Map();
  return (path, text) => {
    const key = `${path}\0${text}`;
    let value = cache.get(key);
    if (value === void 0) {
      if (cache.size >= 16) cache.delete(cache.keys().next().value ?? "");
      value = parse(path, text);
      cache.set(key, value);
    }
    return value;
  };
}

// src/engine/constitution.ts
var MAX_PRINCIPLES = 100;
var principlesSection = termMatcher(PRINCIPLES_SECTION);
var notPrinciples = termMatcher(NOT_PRINCIPLES);
var isPrinciplesTitle = (title) => principlesSection(normalize(title)) && !notPrinciples(normalize(title));
var FOR_REFERENCE = new RegExp(
  String.raw`[(（]\s*(?:${FOR_REFERENCE_QUALIFIERS.join("|")})\s*[)）]\s*$`,
  "iu"
);
var isNotPrinciple = (title) => notPrinciples(normalize(title)) || FOR_REFERENCE.test(title);
var INSERTED_SUFFIX = String.raw`(?:\.\d{1,2}|-[A-Z]|[a-h])`;
var INSERTED_ID = String.raw`[IVXLC]{1,7}${INSERTED_SUFFIX}`;
var CODED = new RegExp(
  String.raw`^\s*([A-Z]{1,4}-?\d{1,3}|[A-Z]{1,4}-[IVXLC]{1,7}|${INSERTED_ID})\s*[·•:：.\-–—|]\s*(\S.*)$`,
  "u"
);
var NOT_PRINCIPLE_NAMES = new Set(NOT_PRINCIPLES.map(normalize));
var RESTATED_DESIGNATION = /^(?:core\s+)?principle(?:\s{1,3}(?:[IVXLC]{1,7}|\d{1,3})\b\s{0,3}[:：.\-–—]?|\s{0,3}[:：.\-–—])\s*/iu;
var onlyNotPrinciple = (label2) => {
  const coded = CODED.exec(label2);
  const name = coded?.[2] ?? splitNumbered(label2).name;
  return NOT_PRINCIPLE_NAMES.has(normalize(name));
};
var VERSION = new RegExp(
  String.raw`(?:\*\*|__)?(?:constitution\s+)?(?:${VERSION_WORDS.join("|")}|版)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?v?(\d+(?:\.\d+){1,2})`,
  "iu"
);
var FILLED_SLOT = /^\s*PRINCIPLE_(\d{1,2})\s*[:：.]\s*(?=\S)/u;
var PRINCIPLE_TOKEN = /\[PRINCIPLE_\d+_(?:NAME|DESCRIPTION)\]/;
var MIN_FILLED = 3;
var TEMPLATE_TOKENS = /\[(?:PROJECT_NAME|PRINCIPLE_\d+_NAME|PRINCIPLE_\d+_DESCRIPTION|CONSTITUTION_VERSION|RATIFICATION_DATE|LAST_AMENDED_DATE|SECTION_\d+_NAME|GOVERNANCE_RULES)\]/g;
var SLOT_NAME = new RegExp(
  String.raw`^\[[^\]]*(?:${SLOT_WORDS.join("|")}|\bnom\b)[^\]]*\]$`,
  "iu"
);
function isSlot(name) {
  return /\[[A-Z][A-Z0-9_]*\]/.test(name) || SLOT_NAME.test(name.trim());
}
function oursOfConflicts(text) {
  if (!text.includes("\n=======") || !CONFLICT_OPEN_ANYWHERE.test(text)) return text;
  let side = "none";
  return text.split("\n").map((line) => {
    if (CONFLICT_OPEN.test(line)) side = "ours";
    else if (side === "ours" && CONFLICT_SPLIT.test(line)) side = "theirs";
    else if (side === "theirs" && CONFLICT_CLOSE.test(line)) side = "none";
    else return side === "theirs" ? "" : line;
    return "";
  }).join("\n");
}
var CONFLICT_OPEN = /^<{7}(?: |$)/;
var CONFLICT_OPEN_ANYWHERE = new RegExp(CONFLICT_OPEN.source, "m");
var CONFLICT_SPLIT = /^={7}\s*$/;
var CONFLICT_CLOSE = /^>{7}(?: |$)/;
function withoutFrontMatter(text) {
  if (!/^---[ \t]*\r?\n/.test(text)) return text;
  const head = text.slice(0, 4096).split("\n");
  for (let k = 1; k < Math.min(head.length - 1, 60); k++) {
    const line = (head[k] ?? "").replace(/\r$/, "");
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) {
      if (k === 1) return text;
      const end = head.slice(0, k + 1).join("\n").length;
      return "\n".repeat(k) + text.slice(end);
    }
    if (!/^(?:[\w"'-][^:]*:(?:\s|$)|\s|-\s|$)/u.test(line)) return text;
  }
  return text;
}
var MARKDOWN_FENCE = /^(`{3,}|~{3,})(?:[ \t]*(?:markdown|md))?[ \t]*\r?$/iu;
function withoutWrappingFence(text) {
  const open = /^\s*/u.exec(text)?.[0].length ?? 0;
  const firstEnd = text.indexOf("\n", open);
  if (firstEnd < 0) return text;
  const fence = MARKDOWN_FENCE.exec(text.slice(open, firstEnd));
  if (!fence?.[1]) return text;
  const trimmed = text.trimEnd();
  const lastStart = trimmed.lastIndexOf("\n") + 1;
  const last = trimmed.slice(lastStart).trim();
  if (lastStart <= firstEnd || !last.startsWith(fence[1]) || !/^(`+|~+)$/u.test(last)) return text;
  return `${text.slice(0, open)}${text.slice(firstEnd, lastStart)}${text.slice(trimmed.length)}`;
}
function parseConstitution(path, text) {
  const doc = scan(oursOfConflicts(withoutFrontMatter(withoutWrappingFence(text))));
  const sections = buildSections(doc);
  const title = plainText(doc.headings[0]?.raw ?? "");
  let tokens = 0;
  let principleSlot = false;
  for (let k = 0; k < doc.lines.length && (tokens < 2 || !principleSlot); k++) {
    const line = doc.lines[k] ?? "";
    if (!line.includes("[") || !isProse(doc.kinds[k])) continue;
    if (tokens < 2) tokens += (line.match(TEMPLATE_TOKENS) ?? []).length;
    if (!principleSlot && line.includes("[PRINCIPLE_")) principleSlot = PRINCIPLE_TOKEN.test(line);
  }
  const unfilled = tokens >= 2;
  let version = null;
  for (let k = 0; k < doc.lines.length && version === null; k++) {
    if (!isProse(doc.kinds[k])) continue;
    const m = VERSION.exec(doc.lines[k] ?? "");
    if (m?.[1]) version = m[1];
  }
  const principles = [];
  const statementOf = (from, to) => {
    for (let l = from; l <= to; l++) {
      const kind = doc.kinds[l - 1];
      if (kind === "text" || kind === "list-item") {
        const t = plainText((doc.lines[l - 1] ?? "").replace(/^\s*[-*+]\s+/, ""));
        if (t) return t.length > 220 ? `${t.slice(0, 217)}…` : t;
      }
    }
    return "";
  };
  const bodyOf = (from, to) => {
    const parts3 = [];
    let size = 0;
    for (let l = from; l <= to && size < BODY_LIMIT; l++) {
      if (!isProse(doc.kinds[l - 1])) continue;
      const t = plainText(doc.lines[l - 1] ?? "");
      parts3.push(t);
      size += t.length;
    }
    return parts3.join(" ").slice(0, BODY_LIMIT);
  };
  const keys = /* @__PURE__ */ new Set();
  const firstTime = (id, name) => {
    const key = `${id}\0${normalize(name)}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  };
  const add = (heading, line, bodyEnd, rest = "") => {
    const slot = FILLED_SLOT.exec(heading);
    const label2 = slot ? `${slot[1]}. ${heading.slice(slot[0].length)}` : heading;
    const nonNegotiable = NON_NEGOTIABLE.test(label2);
    const article = CJK_ARTICLE.exec(label2.replace(NON_NEGOTIABLE, ""));
    if (article?.[1] && article[2]) {
      const code2 = article[1].replace(/\s+/gu, "");
      const name = article[2].trim();
      if (!firstTime(code2, name)) return;
      principles.push({
        id: code2,
        numeral: null,
        code: code2,
        name,
        nonNegotiable,
        line,
        statement: rest || statementOf(line + 1, bodyEnd),
        body: rest ? `${rest} ${bodyOf(line + 1, bodyEnd)}`.trim() : bodyOf(line + 1, bodyEnd),
        aliases: parenthetical(name)
      });
      return;
    }
    const coded = CODED.exec(label2.replace(NON_NEGOTIABLE, "").trim());
    if (coded?.[1] && coded[2] && !firstTime(coded[1], coded[2].trim())) return;
    const split = coded?.[1] && coded[2] ? null : splitNumbered(label2.replace(NON_NEGOTIABLE, "").trim());
    const cleanName = split ? split.name.replace(RESTATED_DESIGNATION, "").trim() || split.name.replace(/^principle\b\s*[:：-]?\s*/i, "").trim() : "";
    if (split && (cleanName === "" || !firstTime(split.written ?? cleanName, cleanName))) return;
    const body = rest ? `${rest} ${bodyOf(line + 1, bodyEnd)}`.trim() : bodyOf(line + 1, bodyEnd);
    if (coded?.[1] && coded[2]) {
      principles.push({
        id: coded[1],
        numeral: null,
        code: coded[1],
        name: coded[2].trim(),
        nonNegotiable,
        line,
        statement: statementOf(line + 1, bodyEnd),
        body,
        aliases: parenthetical(coded[2])
      });
      return;
    }
    if (!split) return;
    const { numeral } = split;
    const written = slot ? `PRINCIPLE_${slot[1]}` : split.written;
    principles.push({
      // The numeral as written (`III` of `Principio III.`, `2` of `원칙 2.`), else the name.
      id: written ?? cleanName,
      numeral,
      name: cleanName,
      nonNegotiable,
      line,
      statement: rest || statementOf(line + 1, bodyEnd),
      body,
      aliases: parenthetical(cleanName)
    });
  };
  for (const { label: label2, line, endLine, rest } of principleItems(doc, sections))
    for (const one of joinedPrinciples(label2)) add(one, line, endLine, rest);
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  const byNumeral = /* @__PURE__ */ new Map();
  for (const p of principles) {
    const key = `${p.id}\0${normalize(p.name)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const prev = unique[unique.length - 1];
    const adjacent = prev && p.numeral !== null && prev.numeral === p.numeral && prev.body === "";
    const at2 = p.numeral !== null ? byNumeral.get(p.numeral) : void 0;
    const twin = at2 !== void 0 ? unique[at2] : void 0;
    const translated = twin !== void 0 && scriptOf(twin.name) !== scriptOf(p.name);
    if (adjacent || translated) {
      const k = adjacent ? unique.length - 1 : at2 ?? 0;
      const first2 = unique[k];
      unique[k] = {
        ...first2,
        nonNegotiable: first2.nonNegotiable || p.nonNegotiable,
        statement: first2.statement || p.statement,
        body: `${first2.body} ${p.body}`.trim().slice(0, BODY_LIMIT),
        aliases: [...first2.aliases, p.name, ...p.aliases]
      };
      continue;
    }
    if (p.numeral !== null && !byNumeral.has(p.numeral)) byNumeral.set(p.numeral, unique.length);
    unique.push(p);
  }
  const real = unique.filter((p) => !isSlot(p.name));
  const slots = unique.length - real.length;
  const ratified = !(unfilled || slots >= 2) || real.length > 0 && version !== null || slots === 0 && !principleSlot && real.length >= MIN_FILLED;
  const unread = ratified ? Math.max(0, real.length - MAX_PRINCIPLES) : 0;
  return {
    path,
    title,
    principles: ratified ? withTopics(withAliases(real.slice(0, MAX_PRINCIPLES), doc.comments)) : [],
    version,
    unfilled: !ratified,
    ...unread > 0 && { unread },
    ...sectionNumbersOf(doc)
  };
}
var SECTION_NUMBER = /^\s*(?:§\s*)?(\d{1,2}\.\d{1,2})(?:\.?\s|\.?$)/u;
function sectionNumbersOf(doc) {
  const found = /* @__PURE__ */ new Set();
  for (const h of doc.headings) {
    const m = SECTION_NUMBER.exec(plainText(h.raw));
    if (m?.[1]) found.add(m[1]);
  }
  return found.size > 0 ? { sectionNumbers: found } : {};
}
var BODY_LIMIT = 4e3;
var groupTitle = termMatcher([
  "principles",
  "principios",
  "princípios",
  "principes",
  "prinzipien",
  "grundprinzipien",
  "grundsätze",
  "принципы",
  "principi",
  "nguyên tắc",
  "原则",
  "准则",
  "原則",
  "信条",
  "规范",
  "원칙",
  "articles",
  "artículos",
  "artigos",
  // `## Non-Negotiables`: the rules no plan may break, each a principle.
  "non-negotiables",
  // `## 1. Core Values` over `1. **Simplicity**: …`, `## 核心價值觀`.
  ...CORE_VALUES
]);
var coreTitle = termMatcher([
  "core",
  // (`## II. AUTHORITATIVE PRINCIPLES` over `### 1. 100% Spec-Driven Development` …)
  "authoritative",
  "guiding",
  "foundational",
  "governing",
  "key",
  "fundamental",
  "fundamentales",
  "fundamentais",
  "fondamentaux",
  "kern",
  "основные",
  "核心",
  "基本",
  "根本",
  // (Japanese also writes it in katakana, `## コア原則`, or as `中核`.)
  "コア",
  "中核",
  "핵심",
  "기본"
]);
var NAMED_PRINCIPLE = /^\s*(?:principles?|principios?|princípios?|principes?|prinzip(?:ien)?|принцип|原则|原則|원칙)\s*(?:[IVXLC]{1,7}|\d{1,3})\b/iu;
var PRINCIPLE_NUMBER = new RegExp(
  String.raw`^\s*(?:(?:${ARTICLE_WORDS}|${ARTICLE_WORDS_AR}|art\.|§)\s*\d{1,3}\b|(?:(?:${ARTICLE_WORDS})\s+|art\.\s*)[IVXLC]{1,7}\b|[IVXLC]{1,7}\s*[.:：、)\-–—]|(?:原则|原則|准则|第)\s*[一二三四五六七八九十\d]{1,3})`,
  "iu"
);
var BOLD_NUMBER = /^\s*\d{1,2}[.)]\s+\S/u;
function principleNumeral(label2) {
  return PRINCIPLE_NUMBER.test(label2) ? splitNumbered(label2).numeral : null;
}
function groupItems(doc, sections, group) {
  const children = [];
  for (let k = group.heading.index + 1; k < sections.length; k++) {
    const s = sections[k];
    if (!s || s.line > group.endLine) break;
    children.push(s);
  }
  if (children.length > 0) {
    let depth = 6;
    for (const s of children) depth = Math.min(depth, s.heading.depth);
    return children.filter((s) => s.heading.depth === depth && !onlyNotPrinciple(s.plain)).map(itemOf);
  }
  let outer = Number.POSITIVE_INFINITY;
  for (let l = group.line + 1; l <= group.endLine; l++)
    if (doc.kinds[l - 1] === "list-item" && leadingBold(withoutListMarker(doc.lines[l - 1] ?? "")))
      outer = Math.min(outer, doc.indents[l - 1] ?? 0);
  const items = [];
  for (let l = group.line + 1; l <= group.endLine; l++) {
    const kind = doc.kinds[l - 1];
    if (kind !== "text" && kind !== "list-item") continue;
    const raw = doc.lines[l - 1] ?? "";
    if (kind === "list-item" && (doc.indents[l - 1] ?? 0) > outer) continue;
    const text = kind === "list-item" ? withoutListMarker(raw) : raw;
    const bold = leadingBold(text);
    if (bold === null) continue;
    const after = text.slice(text.indexOf(bold) + bold.length + 2);
    const rest = plainText(after.replace(/^\s*[:：—–-]?\s*/u, "")).trim();
    const previous = items[items.length - 1];
    if (previous && previous.endLine >= l)
      items[items.length - 1] = { ...previous, endLine: l - 1 };
    items.push({
      label: bold.replace(/[:：]\s*$/, ""),
      line: l,
      endLine: Math.min(l + 3, group.endLine),
      ...rest !== "" && { rest }
    });
  }
  const numbered2 = items.filter((i) => PRINCIPLE_NUMBER.test(i.label) || BOLD_NUMBER.test(i.label));
  if (numbered2.length >= 2 && numbered2.length < items.length) return numbered2;
  const once = writtenOnce(items, (i) => normalize(i.label));
  if (once.length >= 2 && once.length < items.length) return once;
  if (items.length > 0) return items;
  const rows = tableItems(doc, group);
  if (rows.length > 0) return rows;
  const listed = listItems(doc, group);
  return listed.length > 0 ? listed : ruleList(doc, group);
}
function writtenOnce(items, key) {
  const keys = items.map(key);
  const seen = /* @__PURE__ */ new Map();
  for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  return items.filter((_, n) => seen.get(keys[n] ?? "") === 1);
}
var NAMED_ITEM = /^(?:(\d{1,2})[.)]|[-*+]) +(\S[^:：—–]{1,59}?)(?:[:：]| [—–-] )\s*(\S.*)$/u;
function listItems(doc, group) {
  const items = [];
  let topLevel = 0;
  for (let l = group.line + 1; l <= group.endLine; l++) {
    if (doc.kinds[l - 1] !== "list-item") continue;
    const raw = doc.lines[l - 1] ?? "";
    if (!/^(?:\d{1,2}[.)]|[-*+])\s/.test(raw)) continue;
    topLevel++;
    const m = NAMED_ITEM.exec(raw);
    if (!m) continue;
    const name = plainText(m[2] ?? "").trim();
    if (name === "" || name.split(/\s+/).length > 8) continue;
    items.push({
      label: m[1] ? `${m[1]}. ${name}` : name,
      line: l,
      endLine: l,
      rest: plainText(m[3] ?? "").trim()
    });
  }
  const named3 = writtenOnce(items, (i) => i.label.replace(/^\d{1,2}\. /, "").toLowerCase());
  return named3.length >= 2 && named3.length * 3 >= topLevel * 2 ? named3 : [];
}
function ruleList(doc, group) {
  const items = [];
  let base;
  for (let l = group.line + 1; l <= group.endLine; l++) {
    if (doc.kinds[l - 1] === "heading") return [];
    if (doc.kinds[l - 1] !== "list-item") continue;
    const raw = doc.lines[l - 1] ?? "";
    const indent = doc.indents[l - 1] ?? 0;
    base ??= indent;
    if (indent > base) continue;
    const m = /^\s*(\d{1,2})[.)]\s+(\S.*)$/u.exec(raw);
    if (!m || Number(m[1]) !== items.length + 1) return [];
    const rule = plainText(m[2] ?? "").trim();
    const clause = (rule.split(/[;；。]|\.(?:\s|$)/u)[0] ?? rule).trim();
    items.push({ label: `${m[1]}. ${clause.slice(0, 80)}`, line: l, endLine: l, rest: rule });
  }
  return items.length >= 3 ? items : [];
}
var ID_COLUMN = /^(?:#|no\.?|id|code|编号|編號|番号|번호|n[º°]|núm\.?)$/iu;
function tableItems(doc, group) {
  const items = [];
  let header = null;
  for (let l = group.line + 1; l <= group.endLine; l++) {
    if (doc.kinds[l - 1] !== "table") {
      if (items.length > 0) break;
      header = null;
      continue;
    }
    const cells = splitRow(doc.lines[l - 1] ?? "").map((c) => plainText(c).trim());
    if (header === null) {
      header = cells;
      continue;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    const first2 = cells[0] ?? "";
    const second = cells[1] ?? "";
    const label2 = ID_COLUMN.test(header[0] ?? "") && second !== "" && first2 !== "" ? `${first2} · ${second}` : first2;
    if (label2 !== "") items.push({ label: label2, line: l, endLine: l });
  }
  return items.length >= 2 ? items : [];
}
function principleItems(doc, sections) {
  const articles = cjkArticles(sections);
  if (articles.length >= MIN_ARTICLES) return articles.map(itemOf);
  const parentDepth = [];
  const stack = [];
  for (const s of sections) {
    while (stack.length > 0 && (stack[stack.length - 1]?.heading.depth ?? 0) >= s.heading.depth)
      stack.pop();
    parentDepth.push(stack[stack.length - 1]?.heading.depth ?? 1);
    stack.push(s);
  }
  const titles = Math.max(1, titleBlock(doc.headings));
  const groups = sections.filter(
    (s, k) => k >= titles && (s.heading.depth <= 2 || s.heading.depth === 3 && (parentDepth[k] ?? 1) <= 1) && isPrinciplesTitle(s.title) && groupTitle(normalize(s.title))
  );
  const outer = [];
  for (const g of groups) {
    const last = outer[outer.length - 1];
    if (!last || g.line > last.endLine) outer.push(g);
  }
  let candidates = outer.map((group) => {
    const next = sections[group.heading.index + 1];
    const hasHeadings = next !== void 0 && next.line <= group.endLine;
    return {
      group,
      hasHeadings,
      items: resumed(sections, group, groupItems(doc, sections, group))
    };
  }).filter((c) => c.items.length > 0);
  const filled2 = candidates.filter((c) => !c.items.every((i) => isSlot(i.label)));
  if (filled2.length > 0 && filled2.length < candidates.length) candidates = filled2;
  const core = candidates.filter((c) => coreTitle(normalize(c.group.title)));
  const pool = core.length > 0 && core.length < candidates.length ? core : candidates;
  const withHeadings = pool.filter((c) => c.hasHeadings);
  const kept = withHeadings.length > 0 ? withHeadings : pool;
  if (kept.length > 0) {
    let depth = 6;
    for (const c of kept) depth = Math.min(depth, c.group.heading.depth);
    const top = kept.filter((c) => c.group.heading.depth === depth);
    if (top.length >= 3 && top.every((c) => PRINCIPLE_NUMBER.test(c.group.plain)))
      return top.map((c) => itemOf(c.group));
    const first2 = top[0]?.group;
    const core2 = first2 !== void 0 && coreTitle(normalize(first2.title));
    const numberedItems = (top[0]?.items ?? []).filter(
      (i) => PRINCIPLE_NUMBER.test(i.label) || CODED.test(i.label) || core2 && /^\s*\d{1,2}[.)]\s/u.test(i.label)
    );
    const coreItems = core2 && (top[0]?.items.length ?? 0) >= 3;
    if (top.length === 1 && first2 && PRINCIPLE_NUMBER.test(first2.plain) && numberedItems.length < 2 && !coreItems) {
      const siblings = sections.filter(
        (s) => s.heading.depth === first2.heading.depth && PRINCIPLE_NUMBER.test(s.plain) && !isNotPrinciple(s.title)
      );
      if (siblings.length >= 3) {
        const named3 = sections.filter(
          (s) => s.heading.depth > first2.heading.depth && NAMED_PRINCIPLE.test(s.plain) && !isNotPrinciple(s.title)
        );
        if (named3.length >= 3) return withoutClauses(named3).map(itemOf);
        return siblings.map(itemOf);
      }
    }
    const items = continued(
      sections,
      withArticles(
        sections,
        top.flatMap((c) => c.items)
      )
    );
    const isNumbered = (i) => PRINCIPLE_NUMBER.test(i.label) || CODED.test(i.label) || /^\s*0[.)]\s/u.test(i.label);
    const numberedCount = items.filter(isNumbered).length;
    if (numberedCount >= 3 && numberedCount < items.length && (items.length - numberedCount) * 4 <= numberedCount)
      return items.filter(isNumbered);
    if (items.length < 3) {
      const chain = numberedChain(sections).filter((c) => !items.some((i) => i.line === c.line));
      if (chain.length >= 5) return [...items, ...chain].sort((a, b) => a.line - b.line);
    }
    return items;
  }
  const anyNumbered = sections.filter((s, k) => {
    if (s.heading.depth < 2 && k < titles || isNotPrinciple(s.title)) return false;
    const label2 = s.plain;
    return PRINCIPLE_NUMBER.test(label2) || CODED.test(label2);
  });
  const numbered2 = withoutClauses(
    anyNumbered.filter(
      (s) => !LONE_LETTER.test(s.plain) || (principleNumeral(s.plain) ?? 0) <= anyNumbered.length
    )
  );
  const underGroup = /* @__PURE__ */ new Set();
  const open = [];
  let openGroups = 0;
  for (const s of sections) {
    while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= s.heading.depth)
      if (open.pop()?.group) openGroups--;
    if (openGroups > 0) underGroup.add(s.line);
    const group = isPrinciplesTitle(s.title) && groupTitle(normalize(s.title));
    open.push({ depth: s.heading.depth, group });
    if (group) openGroups++;
  }
  const inPrinciples = numbered2.filter((s) => underGroup.has(s.line));
  if (inPrinciples.length >= 2) return inPrinciples.map(itemOf);
  if (numbered2.length > 0) return numbered2.map(itemOf);
  const bare = bareNumerals(sections, titles);
  if (bare.length > 0) return bare.map(itemOf);
  const unspaced = unspacedItems(doc);
  if (unspaced.length > 0) return unspaced;
  const rules2 = ruleSections(sections);
  return rules2.length > 0 ? rules2 : titleList(doc, sections);
}
function bareNumerals(sections, titles) {
  const found = [];
  sections.forEach((s, k) => {
    if (k < titles || isNotPrinciple(s.title)) return;
    const m = BARE_NUMERAL.exec(s.plain);
    if (m && parseNumeral(m[1] ?? "") === found.length + 1) found.push(s);
  });
  return found.length >= 3 ? found : [];
}
var BARE_NUMERAL = new RegExp("^\\s*([IVXLC]{1,7})\\s+(?=\\p{Lu}|\\p{Lo})", "u");
function titleList(doc, sections) {
  const title = sections[0];
  if (sections.length !== 1 || !title || title.heading.depth !== 1) return [];
  const items = groupItems(doc, sections, title).filter((i) => doc.kinds[i.line - 1] === "list-item").map((i) => ({ ...i, label: i.label.replace(/[.。]\s*$/u, "") }));
  return items.length >= 3 ? items : [];
}
var FIGURE_NUMBER = /^\s*\d{1,2}[.)]\s+\S/u;
var SUB_NUMBER = /^\s*\d{1,2}\.\d{1,2}\b/u;
function ruleSections(sections) {
  let depth = 6;
  for (const s of sections) if (s.heading.depth >= 2) depth = Math.min(depth, s.heading.depth);
  const top = sections.filter((s) => s.heading.depth === depth);
  const figured = top.filter((s) => FIGURE_NUMBER.test(s.plain));
  if (sections.some((s) => SUB_NUMBER.test(s.plain))) return oneChapter(sections, figured);
  if (figured.length * 3 < top.length * 2) return [];
  const rules2 = figured.filter((s) => !isNotPrinciple(s.title) && !isPrinciplesTitle(s.title));
  const chapters = rules2.filter(
    (s) => sections.some(
      (t) => t.line > s.line && t.line <= s.endLine && t.heading.depth > s.heading.depth
    )
  );
  if (chapters.length * 2 > rules2.length) return [];
  return rules2.length >= 2 ? rules2.map(itemOf) : [];
}
function oneChapter(sections, figured) {
  const chapters = figured.filter((s) => !isNotPrinciple(s.title));
  const chapter = chapters[0];
  if (chapters.length !== 1 || !chapter) return [];
  const inner = sections.filter(
    (s) => s.line > chapter.line && s.line <= chapter.endLine && s.heading.depth === chapter.heading.depth + 1
  );
  const numbered2 = inner.filter((s) => SUB_NUMBER.test(s.plain) && !isNotPrinciple(s.title));
  return numbered2.length >= 3 && numbered2.length * 3 >= inner.length * 2 ? numbered2.map(itemOf) : [];
}
var UNSPACED_HEADING = /^#{1,6}(?=[^\s#])/u;
function unspacedItems(doc) {
  const starts = [];
  for (let k = 0; k < doc.lines.length; k++) {
    if (doc.kinds[k] !== "text") continue;
    const raw = doc.lines[k] ?? "";
    const m = UNSPACED_HEADING.exec(raw);
    if (!m) continue;
    const label2 = plainText(raw.slice(m[0].length)).trim();
    if (PRINCIPLE_NUMBER.test(label2) || CODED.test(label2)) starts.push({ label: label2, line: k + 1 });
  }
  if (starts.length < 2) return [];
  return starts.map((s, k) => ({
    label: s.label,
    line: s.line,
    endLine: (starts[k + 1]?.line ?? doc.lines.length + 1) - 1
  }));
}
var ARTICLE = new RegExp(
  String.raw`^\s*(${ARTICLE_WORDS}|${ARTICLE_WORDS_AR}|art\.|原则|原則)\s*(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})\b`,
  "iu"
);
function withArticles(sections, items) {
  const word = (label2) => ARTICLE.exec(label2)?.[1]?.toLowerCase() ?? (CODED.test(label2) ? "\0code" : void 0);
  const first2 = items[0] ? word(items[0].label) : void 0;
  if (!first2 || items.length < 2 || !items.every((i) => word(i.label) === first2)) return items;
  const lines = new Set(items.map((i) => i.line));
  const depth = sections.find((s) => s.line === items[0]?.line)?.heading.depth;
  const more = sections.filter(
    (s) => s.heading.depth === depth && !lines.has(s.line) && word(s.plain) === first2 && !isNotPrinciple(s.title)
  );
  if (more.length === 0) return items;
  return [...items, ...more.map(itemOf)].sort((a, b) => a.line - b.line);
}
var JOINER = /\s[·•|/]\s/u;
function joinedPrinciples(label2) {
  const m = JOINER.exec(label2);
  if (!m) return [label2];
  const head = label2.slice(0, m.index).trim();
  const tail = label2.slice(m.index + m[0].length).trim();
  const first2 = splitNumbered(head).numeral;
  const second = principleNumeral(tail);
  return first2 !== null && second === first2 + 1 ? [head, tail] : [label2];
}
function continued(sections, items) {
  const last = items[items.length - 1];
  if (!last || items.length < 2) return items;
  let numeral = 0;
  for (const item of items) {
    const n = principleNumeral(item.label);
    if (n === null || numeral === null || n <= numeral) return items;
    numeral = n;
  }
  const at2 = sections.findIndex((s) => s.line === last.line);
  if (at2 < 0) return items;
  const depth = sections[at2]?.heading.depth ?? 6;
  const more = [];
  let containers = 0;
  let previous = last;
  for (let k = at2 + 1; k < sections.length; k++) {
    const s = sections[k];
    if (s.heading.depth > depth) continue;
    const next = principleNumeral(s.plain);
    if (next === null && s.heading.depth < depth && !onlyNotPrinciple(s.plain)) {
      containers++;
      continue;
    }
    const again = next === numeral && more.length > 0 && normalize(s.plain) !== normalize(previous.label);
    if (next === null || next !== numeral + 1 && !again) break;
    if (isNotPrinciple(s.title)) break;
    if (s.heading.depth !== depth && containers > 0) break;
    more.push(itemOf(s));
    previous = itemOf(s);
    numeral = next;
  }
  return more.length > 0 ? [...items, ...more] : items;
}
function resumed(sections, group, items) {
  const last = items[items.length - 1];
  if (!last || items.some((i) => principleNumeral(i.label) !== null || CODED.test(i.label)))
    return items;
  const depth = sections.find((s) => s.line === last.line)?.heading.depth;
  const stray = sections.find((s) => s.line > group.endLine);
  if (depth === void 0 || !stray || stray.heading.depth >= group.heading.depth || isNotPrinciple(stray.title) || onlyNotPrinciple(stray.plain) || isPrinciplesTitle(stray.title))
    return items;
  const more = [];
  for (let k = stray.heading.index + 1; k < sections.length; k++) {
    const s = sections[k];
    if (s.heading.depth <= group.heading.depth) break;
    if (s.heading.depth > depth) continue;
    if (s.heading.depth < depth || principleNumeral(s.plain) !== null || isNotPrinciple(s.title) || onlyNotPrinciple(s.plain))
      return items;
    more.push(itemOf(s));
  }
  return more.length > 0 ? [...items, ...more] : items;
}
var INSERTED_CODE = new RegExp(`^${INSERTED_ID}$`, "u");
var INSERTED = new RegExp(String.raw`^\s*([IVXLC]{1,7})${INSERTED_SUFFIX}\s*[·•:：.\-–—|]`, "u");
function numberedChain(sections) {
  const start = sections.findIndex(
    (s) => s.heading.depth >= 2 && principleNumeral(s.plain) === 1 && !isNotPrinciple(s.title)
  );
  const first2 = sections[start];
  if (!first2) return [];
  const depth = first2.heading.depth;
  const out = [itemOf(first2)];
  let numeral = 1;
  for (let k = start + 1; k < sections.length; k++) {
    const s = sections[k];
    if (s.heading.depth > depth) continue;
    if (isNotPrinciple(s.title)) break;
    const inserted = INSERTED.exec(s.plain);
    if (inserted) {
      if (parseNumeral(inserted[1] ?? "") !== numeral) break;
      out.push(itemOf(s));
      continue;
    }
    const next = principleNumeral(s.plain);
    if (next === null) continue;
    if (s.heading.depth !== depth || next !== numeral + 1) break;
    out.push(itemOf(s));
    numeral = next;
  }
  return numeral >= 5 ? out : [];
}
var CJK_ARTICLE = /^\s*(第\s*[0-9０-９一二三四五六七八九十百]{1,4}(?:\s*[-－]\s*\d{1,2})?\s*[条條])(?:\s*[:：.、·\-–—])?\s*(\S.*)$/u;
var CJK_CHAPTER = /^\s*第\s*[0-9０-９一二三四五六七八九十百]{1,4}\s*[章篇部节節]\s*/u;
var MIN_ARTICLES = 5;
function cjkArticles(sections) {
  const out = [];
  const open = [];
  for (const s of sections) {
    while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= s.heading.depth) open.pop();
    const under = open.some((o) => o.excluded);
    if (!CJK_ARTICLE.test(s.plain)) {
      open.push({
        depth: s.heading.depth,
        excluded: isNotPrinciple(s.title.replace(CJK_CHAPTER, ""))
      });
      continue;
    }
    open.push({ depth: s.heading.depth, excluded: false });
    if (under || isNotPrinciple(withoutGloss(CJK_ARTICLE.exec(s.plain)?.[2] ?? ""))) continue;
    out.push(s);
  }
  return out;
}
function withoutGloss(name) {
  const t = name.trimEnd();
  if (!t.endsWith(")") && !t.endsWith("）")) return name;
  const open = Math.max(t.lastIndexOf("("), t.lastIndexOf("（"));
  const bare = open < 0 ? "" : t.slice(0, open).trim();
  return bare === "" ? name : bare;
}
function itemOf(s) {
  return { label: s.plain, line: s.line, endLine: s.endLine };
}
function withoutClauses(numbered2) {
  const open = [];
  return numbered2.filter((s) => {
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (top.endLine >= s.line && top.heading.depth < s.heading.depth) break;
      open.pop();
    }
    const clause = INSERTED.exec(s.plain);
    const of = clause ? parseNumeral(clause[1] ?? "") : null;
    if (of !== null && open.some((o) => principleNumeral(o.plain) === of)) return false;
    open.push(s);
    return true;
  });
}
var LONE_LETTER = /^\s*[CLcl]\s*[.:：、)\-–—]/u;
var constitutionOf = memoized(parseConstitution);
function principleLabel(p) {
  if (p.numeral !== null) return `${p.id}${p.id.startsWith("PRINCIPLE_") ? ":" : "."} ${p.name}`;
  if (p.code === void 0) return p.name;
  return INSERTED_CODE.test(p.code) ? `${p.code}. ${p.name}` : `${p.code} · ${p.name}`;
}
var TEMPLATE_PRINCIPLE = /^(?:(?:template|placeholder|generic|example|unnamed)[\s_-]+)?principle[\s_#-]*(?:\d{1,2}|[IVX]{1,4})(?:[\s_-]+(?:name|title))?\s*(?:\((?:template|placeholder)\))?$/iu;
function withAliases(principles, comments) {
  const aliases = /* @__PURE__ */ new Map();
  const byName = new Map(principles.map((p) => [normalize(p.name), p]));
  const byNumeral = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const p of principles) {
    if (p.numeral === null) continue;
    if (byNumeral.has(p.numeral)) taken.add(p.numeral);
    byNumeral.set(p.numeral, p);
  }
  for (const n of taken) byNumeral.delete(n);
  const renamedFrom = /* @__PURE__ */ new Map();
  const add = (target, name) => {
    const list = aliases.get(target);
    if (list) list.push(name);
    else aliases.set(target, [name]);
  };
  for (const comment of comments) {
    for (const line of comment.text.split("\n")) {
      const listed = splitNumbered(plainText(line.replace(/^\s*[-*+]\s+/, "")).trim());
      const own = withoutTrailingParenthetical(listed.name).trim();
      const target = own !== listed.name.trim() ? byName.get(normalize(own)) : void 0;
      if (target) {
        for (const other of parenthetical(listed.name))
          if (scriptOf(other) !== scriptOf(own) || !new RegExp("^\\p{Ll}", "u").test(other)) add(target, other);
      }
      const m = rename(line);
      const current = m ? splitNumbered(plainText(m.to)) : listed;
      const numbered2 = current.numeral !== null ? byNumeral.get(current.numeral) : void 0;
      if (numbered2) {
        const name = withoutTrailingParenthetical(current.name.replace(NON_NEGOTIABLE, "")).trim();
        if (name.length <= 80 && new RegExp("\\p{L}{3}", "u").test(name) && !sharesScript(name, numbered2.name))
          add(numbered2, name);
      }
      if (!m || /\[[A-Z_0-9]+\]/.test(m.from) || TEMPLATE_PRINCIPLE.test(plainText(m.from).trim()))
        continue;
      const from = withoutTrailingParenthetical(
        splitNumbered(plainText(m.from).replace(NON_NEGOTIABLE, "")).name
      ).trim();
      const to = withoutTrailingParenthetical(
        splitNumbered(plainText(m.to).replace(NON_NEGOTIABLE, "")).name
      ).trim();
      if (from === "" || to === "" || normalize(from) === normalize(to) || from.length > 80)
        continue;
      const renamed = byName.get(normalize(to));
      if (renamed) {
        add(renamed, from);
        const targets = renamedFrom.get(normalize(from)) ?? /* @__PURE__ */ new Set();
        targets.add(renamed);
        renamedFrom.set(normalize(from), targets);
      }
    }
  }
  for (const [from, targets] of renamedFrom)
    if (targets.size > 1)
      for (const p of targets)
        aliases.set(
          p,
          (aliases.get(p) ?? []).filter((a) => normalize(a) !== from)
        );
  const all = principles.map(
    (p) => aliases.has(p) ? { ...p, aliases: [...p.aliases, ...aliases.get(p) ?? []] } : p
  );
  const owners = /* @__PURE__ */ new Map();
  for (const p of all)
    for (const a of new Set(p.aliases.map(normalize))) owners.set(a, (owners.get(a) ?? 0) + 1);
  const names2 = all.map((p) => ` ${normalize(p.name)} `);
  const named3 = (a) => {
    const n = ` ${normalize(a)} `;
    return names2.filter((name) => name.includes(n)).length;
  };
  const scope = (a) => isNumberedScope(a) && ((owners.get(normalize(a)) ?? 0) > 1 || named3(a) > 1);
  return all.map(
    (p) => p.aliases.some(scope) ? { ...p, aliases: p.aliases.filter((a) => !scope(a)) } : p
  );
}
var TOPIC_OF = new Map(
  PRINCIPLE_TOPICS.flatMap((names2) => names2.map((n) => [normalize(n), names2]))
);
function topicsWithin(own) {
  const found = /* @__PURE__ */ new Set();
  const padded = ` ${own} `;
  for (const [name, names2] of TOPIC_OF)
    if (name.includes(" ") && padded.includes(` ${name} `)) found.add(names2);
  return [...found];
}
function withTopics(principles) {
  const owns = principles.map((p) => normalize(withoutTrailingParenthetical(p.name)));
  const within = owns.map((own) => TOPIC_OF.has(own) ? [] : topicsWithin(own));
  const holders = /* @__PURE__ */ new Map();
  owns.forEach((own, k) => {
    const exact = TOPIC_OF.get(own);
    for (const names2 of exact ? [exact] : within[k] ?? [])
      holders.set(names2, (holders.get(names2) ?? 0) + 1);
  });
  return principles.map((p, k) => {
    const own = owns[k] ?? "";
    const inside = (within[k] ?? []).filter((names3) => holders.get(names3) === 1);
    const names2 = TOPIC_OF.get(own) ?? (inside.length === 1 ? inside[0] : void 0);
    if (!names2) return p;
    const known = /* @__PURE__ */ new Set([own, ...p.aliases.map(normalize)]);
    const lent = TOPIC_OF.has(own) ? names2 : names2.filter((n) => /[^\p{ASCII}]/u.test(n));
    const more = lent.filter((n) => !known.has(normalize(n)));
    return more.length > 0 ? { ...p, translations: more } : p;
  });
}
var ARROW = /→|->|=>|⇒/g;
function rename(line) {
  let start = 0;
  while (start < line.length && /\s/.test(line[start] ?? "")) start++;
  if (line[start] === "-" || line[start] === "*") start++;
  while (start < line.length && /\s/.test(line[start] ?? "")) start++;
  ARROW.lastIndex = start + 1;
  const arrow = ARROW.exec(line);
  if (!arrow) return null;
  const from = line.slice(start, arrow.index).trim();
  const to = line.slice(arrow.index + arrow[0].length).trim();
  return from === "" || to === "" ? null : { from, to };
}
function scriptsIn(text) {
  const out = /* @__PURE__ */ new Set();
  for (const ch of text) if (new RegExp("\\p{L}", "u").test(ch)) out.add(scriptOf(ch));
  return out;
}
function sharesScript(a, b) {
  const inB = scriptsIn(b);
  for (const s of scriptsIn(a)) if (inB.has(s)) return true;
  return false;
}
function withoutTrailingParenthetical(text) {
  const t = text.trimEnd();
  if (!t.endsWith(")")) return text;
  const open = t.indexOf("(");
  return open >= 0 && open < t.length - 1 ? text.slice(0, open) : text;
}
function constitutionPointer(path, text, options = {}) {
  const parsed = constitutionOf(path, text);
  if (parsed.unfilled || parsed.principles.length > 0) return null;
  const direct = constitutionLink(path, text);
  if (direct || !options.through || text.length > STUB_BYTES) return direct;
  for (const href of pointerCandidates(text)) {
    if (!/\.md$/i.test(href.split("#")[0] ?? "")) continue;
    const target = resolveLink(path, href);
    if (target && target !== path) return target;
  }
  return null;
}
var STUB_BYTES = 2e3;
function isConstitutionPath(path) {
  return /constitution[^/]*\.md$/i.test(path);
}
function constitutionLink(path, text) {
  for (const href of pointerCandidates(text)) {
    if (!isConstitutionPath(href.split("#")[0] ?? "")) continue;
    const target = resolveLink(path, href);
    if (target && target !== path) return target;
  }
  return null;
}
function pointerCandidates(text) {
  const out = [];
  for (const line of splitLines(text)) {
    const found = [
      ...inlineLinks(line),
      ...[...line.matchAll(/`([^`\s]+\.md)`/g)].map((m) => ({ href: m[1] ?? "", index: m.index }))
    ];
    for (const f of found.sort((a, b) => a.index - b.index)) out.push(f.href);
  }
  return out;
}
var REFERENCE = /^(?:section|principle|article|part|chapter|sección|seção|secção|artículo|artigo|principio|princípio|§)\s*[IVXLC\d]+(?:\.\d+)*$/iu;
var CHANGE_NOTE = /^(?:(?:new|added|renamed|expanded|modified|updated|clarified|unchanged|removed|moved|renumbered|amended|strengthened|tightened|relaxed|merged|split|reworded|revised|redefined|nuevo|nueva|añadido|añadida|novo|nova|adicionado|adicionada|nouveau|nouvelle|ajouté|ajoutée|neu|hinzugefügt|новый|новая|добавлен|добавлена)(?![\p{L}\p{N}])|新增|新規|追加|신규|추가|v?\d+\.\d+(?:\.\d+)?$)/iu;
function parenthetical(name) {
  const out = [];
  for (const m of name.matchAll(/[(（]([^()（）]{3,80})[)）]/gu)) {
    const inner = (m[1] ?? "").trim();
    if (NON_NEGOTIABLE.test(`(${inner})`) || QUALIFIER.test(inner) || REFERENCE.test(inner) || CHANGE_NOTE.test(inner))
      continue;
    out.push(inner);
  }
  return out;
}

// src/engine/similarity.ts
var STOP = new Set(
  "the and for with from that this these those are was were will shall must should may can not all any each every per via our your its their into onto over under than then also use used using uses have has had been being more most less least only such other when where which what who how why plan plans principle principles project feature features code first based driven approach design development required requirement requirements yes pass passed compliant complies comply compliance gate gates check checks status los las del por para con una uno unos unas que como sin sobre entre este esta estos dos das dos nos nas pelo pela com uma sem sobre entre este esta estes isso les des une sur pour avec dans sans est sont aux par gli della delle dei degli per con una che sono der die das und mit für von den dem des ein eine auf ist sind nicht alle definiert geplant bestätigt erfüllt geprüft umgesetzt vorhanden erstellt aktualisiert abgeschlossen eingehalten và của cho các những được trong không với người dùng này một có là để từ tại theo khi sau trước phải cần đã đang sẽ nhưng hoặc mọi mỗi như thì bằng hay nào".split(" ")
);
var SUFFIXES = [
  "ierung",
  "ational",
  "ations",
  "ation",
  "izacao",
  "izacion",
  "icoes",
  "acoes",
  "acao",
  "aciones",
  "acion",
  "mente",
  "ments",
  "ment",
  "ness",
  "ities",
  "ity",
  "idade",
  "idad",
  "ita",
  "itat",
  "ungen",
  "ung",
  "ings",
  "ing",
  "ies",
  "es",
  "ed",
  "s"
];
var LATIN_WORD2 = /^[\p{Script=Latin}\p{N}]+$/u;
var CJK_TERM = new RegExp(
  [...CJK_WORD_TRANSLATIONS.keys()].sort((a, b) => b.length - a.length).join("|"),
  "gu"
);
function latinKey(word) {
  if (word.length < 3 || STOP.has(word)) return null;
  let w = word.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").replace(/k/g, "c");
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length >= 5)
    w = w.replace(/ph/g, "f").replace(/x/g, "s").replace(/bs|ct|pt/g, (m) => (m[1] ?? "").repeat(2)).replace(/([b-df-hj-np-tv-z])\1/g, "$1");
  if (w.length >= 5 && /[aeoi]$/.test(w)) w = w.slice(0, -1);
  if (w.length < 3 || /^\d+$/.test(w)) return null;
  return w.slice(0, 6);
}
var STANDARD = /\b(?!(?:NFR|CHK|REQ)-)([A-Z]{3,5})-(\d{1,4})\b/g;
var CJK_LABEL_TERM = new RegExp(
  [...CJK_LABEL_TRANSLATIONS.keys()].sort((a, b) => b.length - a.length).join("|"),
  "gu"
);
function textKeys(text) {
  const keys = /* @__PURE__ */ new Set();
  for (const word of normalize(text.replace(STANDARD, "$1$2")).split(" ")) {
    if (word === "") continue;
    if (LATIN_WORD2.test(word)) {
      const expanded = ABBREVIATIONS.get(word) ?? englishWord(word);
      if (expanded !== void 0) {
        for (const w of expanded.split(" ")) {
          const key2 = latinKey(w);
          if (key2) keys.add(key2);
        }
        continue;
      }
      const key = latinKey(word);
      if (key) keys.add(key);
      continue;
    }
    let run = "";
    const flush = () => {
      const chars = [...run];
      if (chars.length === 1) keys.add(run);
      for (let k = 0; k + 1 < chars.length; k++) keys.add(`${chars[k]}${chars[k + 1]}`);
      if (chars.length > 1)
        for (const m of run.matchAll(CJK_TERM)) {
          const key = latinKey(CJK_WORD_TRANSLATIONS.get(m[0]) ?? "");
          if (key) keys.add(key);
        }
      run = "";
    };
    let latin = "";
    for (const ch of word) {
      if (CJK.test(ch)) {
        if (latin) {
          const key = latinKey(latin);
          if (key) keys.add(key);
          latin = "";
        }
        run += ch;
      } else {
        if (run) flush();
        latin += ch;
      }
    }
    if (run) flush();
    if (latin) {
      const key = latinKey(latin);
      if (key) keys.add(key);
    }
  }
  return keys;
}
var indexes = /* @__PURE__ */ new WeakMap();
function principleIndex(principles) {
  let index = indexes.get(principles);
  if (!index) {
    const keyed = principles.map((p) => ({
      principle: p,
      name: textKeys([withoutQualifier(p.name), ...p.aliases].join(" ")),
      body: textKeys(p.body)
    }));
    const df = /* @__PURE__ */ new Map();
    for (const e of keyed)
      for (const k of /* @__PURE__ */ new Set([...e.name, ...e.body])) df.set(k, (df.get(k) ?? 0) + 1);
    const named3 = /* @__PURE__ */ new Map();
    for (const e of keyed) for (const k of e.name) named3.set(k, (named3.get(k) ?? 0) + 1);
    const entries = keyed.map((e) => ({
      ...e,
      own: new Set([...e.name].filter((k) => named3.get(k) === 1 && /^[a-z][a-z0-9]{3,}$/.test(k)))
    }));
    const n = entries.length;
    const weight = /* @__PURE__ */ new Map();
    for (const [k, d] of df) weight.set(k, Math.log((n + 1) / (d + 0.5)));
    index = { entries, weight, latin: ![...df.keys()].some((k) => CJK.test(k)) };
    indexes.set(principles, index);
  }
  return index;
}
function score(index, keys, entry) {
  let total = 0;
  for (const k of keys) {
    const w = index.weight.get(k) ?? 0;
    if (w <= 0) {
      if (w === 0 && k.length >= 4 && /^[a-z]/.test(k) && !index.weight.has(k)) {
        for (const n of entry.name) {
          if (n.length > k.length && n.startsWith(k)) {
            total += 2 * Math.max(0, index.weight.get(n) ?? 0);
            break;
          }
        }
      }
      continue;
    }
    const scale = /^[\p{L}\p{N}]{2}$/u.test(k) && CJK.test(k) ? 0.6 : 1;
    if (entry.name.has(k) || stemOfName(entry, k)) total += 2 * w * scale;
    else if (entry.body.has(k)) total += w * scale;
  }
  return total;
}
function stemOfName(entry, k) {
  if (k.length !== 5 || !/^[a-z]+$/.test(k)) return false;
  for (const n of entry.name) if (n.length === 6 && n.startsWith(k)) return true;
  return false;
}
var THRESHOLD = 2.5;
var LEAD = 1.5;
function principleByContent(index, text) {
  if (index.entries.length === 0) return null;
  const keys = textKeys(text);
  if (keys.size === 0) return null;
  let best = null;
  let first2 = 0;
  let second = 0;
  for (const entry of index.entries) {
    const s = score(index, keys, entry);
    if (s > first2) {
      second = first2;
      first2 = s;
      best = entry;
    } else if (s > second) second = s;
  }
  return best && first2 >= THRESHOLD && first2 >= LEAD * second ? best.principle : null;
}
function principleByNameWords(index, label2) {
  const keys = labelKeys(index, label2);
  if (keys.size === 1) {
    const [k = ""] = keys;
    const owners2 = index.entries.filter((e) => e.own.has(k));
    return owners2.length === 1 ? owners2[0]?.principle ?? null : null;
  }
  if (keys.size === 0) return null;
  let best = null;
  let first2 = 0;
  let tie = false;
  for (const entry of index.entries) {
    let n = 0;
    for (const k of keys) if (entry.name.has(k) || stemOfName(entry, k)) n++;
    if (n > first2) {
      first2 = n;
      best = entry.principle;
      tie = false;
    } else if (n === first2) tie = true;
  }
  if (first2 >= 2 && !tie) return best;
  const standards = [...keys].filter((k) => /\d/.test(k));
  if (standards.length === 0) return null;
  const owners = index.entries.filter((e) => standards.some((k) => e.own.has(k)));
  return owners.length === 1 ? owners[0]?.principle ?? null : null;
}
function labelKeys(index, label2) {
  const keys = textKeys(label2);
  if (!index.latin || !CJK.test(label2)) return keys;
  for (const m of label2.matchAll(CJK_LABEL_TERM)) {
    const key = latinKey(CJK_LABEL_TRANSLATIONS.get(m[0]) ?? "");
    if (key) keys.add(key);
  }
  for (const k of keys) if (CJK.test(k)) keys.delete(k);
  return keys;
}
function namedByOwnWords(index, text, known) {
  if (index.entries.length === 0) return [];
  return ownWordsIn(index, textKeys(withoutPaths(text)), known);
}
var EXTENSION_END = /\.[A-Za-z]\w{0,5}[`'")\]}.,;:]*$/;
var ROUTE = /^[`'"([]*\/[^\s/]|:\/\/|\/\{[^}/]*\}/;
function withoutPaths(text) {
  return text.split(/\s/).filter((word) => !(word.includes("/") && (EXTENSION_END.test(word) || ROUTE.test(word)))).join(" ");
}
function ownWordsIn(index, keys, known) {
  const found = [];
  for (const entry of index.entries) {
    if (known.includes(entry.principle)) continue;
    for (const k of entry.own) {
      if (keys.has(k)) {
        found.push(entry.principle);
        break;
      }
    }
  }
  return found;
}
function relatesTo(index, text, principle) {
  const entry = index.entries.find((e) => e.principle === principle);
  return entry !== void 0 && score(index, textKeys(text), entry) > 0;
}

// src/engine/coverage.ts
var ACRONYM = /(?<![\p{Script=Latin}\p{N}])([A-Z]{2,5})(?![\p{Script=Latin}\p{N}])/gu;
var NO_ACRONYMS = /* @__PURE__ */ new Set();
var NONE = { all: NO_ACRONYMS, lead: "" };
var acronymText = "";
var acronymRead = NONE;
function acronymsIn(text) {
  if (text !== acronymText) {
    acronymText = text;
    if (!/[A-Z]{2}/.test(text)) acronymRead = NONE;
    else {
      const words = text.trim().split(/\s+/u);
      acronymRead = {
        all: new Set([...text.matchAll(ACRONYM)].map((m) => m[1] ?? "")),
        lead: words.length <= 3 ? (words[0] ?? "").replace(/[^A-Z]/g, "") : ""
      };
    }
  }
  return acronymRead;
}
function byAcronym(text, p, min = 2) {
  const { all: acronyms, lead } = acronymsIn(text);
  if (acronyms.size === 0) return false;
  return [p.name, ...p.aliases].some((n) => {
    const initials = nameInitials(n);
    if (initials.length >= min && initials.length <= 5 && acronyms.has(initials)) return true;
    for (const a of acronyms) {
      if (a.length >= 3 && initials.length > a.length && initials.startsWith(a)) return true;
      if (a === lead && nameWrites(n, a)) return true;
    }
    return false;
  });
}
function nameWrites(name, acronym) {
  for (const m of name.matchAll(ACRONYM)) if (m[1] === acronym) return true;
  return false;
}
function named2(text, p, loose, raw) {
  const match = loose ? mentionsLoosely : mentions;
  if (match(text, p.name) || p.aliases.some((a) => match(text, a))) return true;
  if (p.translations?.some((a) => match(text, a))) return true;
  const original = raw ?? (typeof text === "string" ? text : "");
  return loose && original !== "" && byAcronym(original, p);
}
var BARE_NUMERAL2 = /^(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})[.)]?$/u;
var codePatterns = /* @__PURE__ */ new Map();
function codePattern(code2) {
  let re = codePatterns.get(code2);
  if (!re) {
    const escaped = code2.replace(/\./g, "\\.");
    const written = /^[A-Z]+-?\d+$/.test(code2) ? escaped.replace(/-/g, "-?") : escaped;
    re = code2.startsWith("第") ? new RegExp(escaped.replace(/-/g, "\\s*[-－]\\s*"), "u") : new RegExp(`(?<![\\p{L}\\p{N}])${written}(?![\\p{L}\\p{N}])`, "u");
    codePatterns.set(code2, re);
  }
  return re;
}
var FOREIGN_REFERENCE_WORDS = String.raw`princip(?:e|io|ios|ío|ía|es)|princípios?|prinzip(?:ien)?|принцип(?:ы|ов)?|nguyên tắc|art[íi]culo|artigo|原则|原則|宪法|憲法|宪章|憲章|헌법|헌장|원칙`;
var REFERENCE2 = new RegExp(
  String.raw`(?:(?:principles?|${FOREIGN_REFERENCE_WORDS}|article|(?<![\p{L}\p{N}])art\.|§)\s*(?:[#№]\s*)?([IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})|(?<![\p{L}\p{N}])(?:gates?|constitution)\s+([IVXLC]{1,7})(?=\s*(?:[—–:：.,/(（)|-]|$)))(?![\p{L}\p{N}]|\.[IVXLC]{1,7}(?!\p{L})|\.\d{1,4}\.\d)`,
  "giu"
);
var FOREIGN_REFERENCE = new RegExp(`^(?:${FOREIGN_REFERENCE_WORDS})`, "iu");
function referencedNumeral(m) {
  const gate = m[2];
  if (gate !== void 0) return gate === gate.toUpperCase() ? parseNumeral(gate) : null;
  return parseNumeral(m[1] ?? "");
}
var GIVEN_NAME = /^\s*(?:[(（]([^()（）]{2,60})[)）]|[:：—–-]\s*([^()[\]|,;:.。，；：]{2,60}))/u;
var NUMBERED_NAME = /(?<![\p{L}\p{N}.])([IVXLC]{1,7})(?:\.|(?<=[/／]\s{0,2}[IVXLC]{1,7}))\s+([^()[\]{}|,;:.。，；：、（）]{2,40})/gu;
var BRACKET_NAMED = /(?<![\p{L}\p{N}.])([IVXLC]{1,7})\s{0,3}[(（]([^()（）]{2,60})[)）]/gu;
var CLAUSE = /^\s*(?:§\s*)?([IVXLC]{1,7})\.\d{1,2}(?![\d.])/u;
var SUBSECTION = /^\s*(?:§\s*)?(\d{1,2}\.\d{1,2})(?![\d.])/u;
var SUBSECTION_HEADING = /(?:#{2,6}\s+|\*\*)(?:§\s*)?(\d{1,2}\.\d{1,2})(?![\d.])/gu;
var subsectionsOf = /* @__PURE__ */ new WeakMap();
function subsections(p) {
  let found = subsectionsOf.get(p);
  if (!found) {
    found = new Set(
      p.body.includes(".") ? [...p.body.matchAll(SUBSECTION_HEADING)].map((m) => m[1] ?? "") : []
    );
    subsectionsOf.set(p, found);
  }
  return found;
}
var MAX_NUMBERED_NAMES = 16;
var MORE_NUMERALS = /\s*(?:[·•,，、/&+]|\s(?:and|y|e|et|und|и|và|및|와|과)\s)\s*([IVXLC]{1,7}|\d{1,3})(?![\p{L}\p{N}])/uy;
var RANGE_END = /\s*(?:[–—~〜～-]|\s(?:to|through|thru|a|à|bis|до|đến)\s|至|到)\s*([IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})(?![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])/uy;
var BARE_RANGE = /(?<![\p{N}.\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])([IVXLC]{1,7})(?=\s*(?:[–—~〜～-]|\s(?:to|through)\s)\s*[IVXLC]{1,7}(?![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]))/gu;
var NOT_PRINCIPLES_BEFORE = /(?:phases?|stages?|sprints?|tiers?|levels?|parts?|steps?|sections?|chapters?|milestones?|versions?|waves?|releases?)\s*$/iu;
var LEADING_RANGE = /^[\s*_]*(?:[Pp]rinciples?\s+)?[IVXLC]{1,7}\s*(?:[–—~〜～-]|\s(?:to|through)\s)\s*[IVXLC]{1,7}(?![\p{L}\p{N}])/u;
var MAX_RANGE = 40;
var BRACKETED_NUMERALS = /(?<=[\p{L}\p{N}*_`])\s{0,3}[(（]\s*([IVXLC]{1,7}(?:\s*(?:[,，、/&+·]|[–—~-]|\s(?:and|to)\s)\s*[IVXLC]{1,7}){0,40})\s*[)）]/gu;
var LISTED_NUMERAL = /([IVXLC]{1,7})(?:\s*(?:[–—~-]|\sto\s)\s*([IVXLC]{1,7}))?/gu;
function bracketedNumerals(text, out, listed) {
  let asked = 0;
  for (const m of text.matchAll(BRACKETED_NUMERALS)) {
    if (++asked > MAX_NUMBERED_NAMES) break;
    if (NOT_PRINCIPLES_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const found = [];
    for (const n of (m[1] ?? "").matchAll(LISTED_NUMERAL)) {
      const from = parseNumeral(n[1] ?? "");
      const to = n[2] !== void 0 ? parseNumeral(n[2]) : from;
      if (from === null || to === null || to < from || to - from > MAX_RANGE) continue;
      for (let k = from; k <= to; k++) found.push(k);
    }
    for (const k of found) {
      if (!out.includes(k)) out.push(k);
      if (found.length > 1) listed.add(k);
    }
  }
}
function rangeTo(text, at2, from, out, ranged) {
  RANGE_END.lastIndex = at2;
  const m = RANGE_END.exec(text);
  if (!m) return;
  const to = parseNumeral(m[1] ?? "");
  if (to === null || to <= from || to - from > MAX_RANGE) return;
  for (let k = from; k <= to; k++) {
    if (!out.includes(k)) out.push(k);
    ranged.add(k);
  }
}
function principlesByCode(text, principles) {
  return principles.filter((p) => p.code !== void 0 && codePattern(p.code).test(text));
}
function numberedLabel(text) {
  return splitNumbered(
    text.replace(/^§\s*/u, "").replace(SLASHED_NUMERALS, (numerals) => numerals.replace(/\//g, " / "))
  );
}
var SLASHED_NUMERALS = /^\s*(?:(?:[IVXLC]{1,7}|\d{1,2})\/){1,11}(?:[IVXLC]{1,7}|\d{1,2})(?![\p{L}\p{N}/])/u;
function listedNumerals(text, from, out) {
  MORE_NUMERALS.lastIndex = from;
  let end = from;
  for (let more = MORE_NUMERALS.exec(text); more; more = MORE_NUMERALS.exec(text)) {
    const k = parseNumeral(more[1] ?? "");
    if (k !== null) out.push(k);
    end = MORE_NUMERALS.lastIndex;
  }
  return end;
}
function contradicts(name, p, principles, loose, index) {
  const nameHay = hay(name);
  if (named2(nameHay, p, loose, name)) return false;
  if (ownKeyWords(p, principles).some((k) => nameHay.words.has(k))) return false;
  if (principles.some((q) => q !== p && named2(nameHay, q, loose, name))) return true;
  const words = normalize(name).split(" ").filter((w) => w.length > 2);
  if (words.length < 2 && !(words.length === 1 && new RegExp("^\\p{Lu}?\\p{Ll}{5,}$", "u").test(name.trim())))
    return false;
  if (CJK.test(name) !== CJK.test(p.name)) return false;
  return !relatesTo(index, name, p);
}
var ownKeys = /* @__PURE__ */ new WeakMap();
function ownKeyWords(p, principles) {
  let byPrinciple = ownKeys.get(principles);
  if (!byPrinciple) {
    const keys = principles.map((q) => keyWords(q.name));
    const count3 = /* @__PURE__ */ new Map();
    for (const ks of keys) for (const k of new Set(ks)) count3.set(k, (count3.get(k) ?? 0) + 1);
    byPrinciple = new Map(
      principles.map((q, i) => [
        q,
        (keys[i] ?? []).filter((k) => k.length > 2 && count3.get(k) === 1)
      ])
    );
    ownKeys.set(principles, byPrinciple);
  }
  return byPrinciple.get(p) ?? [];
}
var answers = /* @__PURE__ */ new WeakMap();
function principlesAddressed(text, principles, loose = false, ranges = false) {
  if (text.length > 200) return addressed(text, principles, loose, ranges);
  let memo3 = answers.get(principles);
  if (!memo3) {
    memo3 = /* @__PURE__ */ new Map();
    answers.set(principles, memo3);
  }
  const key = `${loose ? 1 : 0}${ranges ? 1 : 0}${text}`;
  let found = memo3.get(key);
  if (!found) {
    if (memo3.size >= 1e4) memo3.clear();
    found = addressed(text, principles, loose, ranges);
    memo3.set(key, found);
  }
  return found;
}
var prepared = /* @__PURE__ */ new Map();
function prepare(text) {
  let found = prepared.get(text);
  if (!found) {
    if (prepared.size >= 64) prepared.delete(prepared.keys().next().value ?? "");
    const plain = plainText(text);
    found = { plain, hay: hay(plain) };
    prepared.set(text, found);
  }
  return found;
}
function withoutShadowed(h, found) {
  if (found.length < 2) return found;
  const needles = found.map((p) => nameNeedle(p.name));
  return found.filter((_, i) => {
    const inner = needles[i] ?? "";
    if (inner.trim() === "") return true;
    return !needles.some(
      (outer, j) => j !== i && outer.length > inner.length && outer.includes(inner) && count(h.spaced, inner) <= count(h.spaced, outer)
    );
  });
}
function count(text, needle) {
  let n = 0;
  for (let at2 = text.indexOf(needle); at2 >= 0; at2 = text.indexOf(needle, at2 + needle.length)) n++;
  return n;
}
function addressed(text, principles, loose, ranges) {
  const { plain, hay: ready } = prepare(text);
  const prepared2 = ready;
  const strict = withoutShadowed(
    prepared2,
    principles.filter((p) => named2(prepared2, p, false))
  );
  const byName = strict.length > 0 || !loose ? strict : principles.filter((p) => named2(prepared2, p, true, plain));
  const byCode = principlesByCode(plain, principles);
  if (byCode.length > 0) return byCode;
  const split = numberedLabel(plain);
  const { numeral } = split;
  let { name } = split;
  const numerals = [];
  if (numeral !== null) {
    numerals.push(numeral);
    const end = listedNumerals(name, 0, numerals);
    if (end > 0) name = name.slice(end).replace(/^[\s.:：)\-–—]+/u, "");
  }
  const agreed = /* @__PURE__ */ new Set();
  if (plain.includes(". ") || plain.includes("/")) {
    let asked2 = 0;
    NUMBERED_NAME.lastIndex = 0;
    for (let m = NUMBERED_NAME.exec(plain); m; m = NUMBERED_NAME.exec(plain)) {
      NUMBERED_NAME.lastIndex = m.index + (m[1] ?? "").length + 1;
      if (m.index === 0) continue;
      if (++asked2 > MAX_NUMBERED_NAMES) break;
      const n = parseNumeral(m[1] ?? "");
      if (n === null || numerals.includes(n)) continue;
      const p = principles.find((q) => q.numeral === n);
      if (p && named2(m[2] ?? "", p, true)) {
        numerals.push(n);
        agreed.add(n);
      }
    }
  }
  if (plain.includes("(") || plain.includes("（")) {
    let asked2 = 0;
    for (const m of plain.matchAll(BRACKET_NAMED)) {
      if (++asked2 > MAX_NUMBERED_NAMES) break;
      const n = parseNumeral(m[1] ?? "");
      if (n === null || agreed.has(n)) continue;
      const p = principles.find((q) => q.numeral === n);
      if (p && named2(m[2] ?? "", p, true)) {
        if (!numerals.includes(n)) numerals.push(n);
        agreed.add(n);
      }
    }
  }
  const clause = numeral === null ? CLAUSE.exec(plain.slice(0, 16)) : null;
  if (clause) {
    const n = parseNumeral(clause[1] ?? "");
    if (n !== null && !numerals.includes(n)) {
      numerals.push(n);
      agreed.add(n);
    }
  }
  const sub = numeral === null && clause === null ? SUBSECTION.exec(plain.slice(0, 16)) : null;
  const holders = sub ? principles.filter((p) => subsections(p).has(sub[1] ?? "")) : [];
  const bySubsection = holders.length === 1 ? holders[0] : void 0;
  let given;
  let translated;
  const ranged = /* @__PURE__ */ new Set();
  for (const m of plain.matchAll(REFERENCE2)) {
    const n = referencedNumeral(m);
    if (n !== null) {
      numerals.push(n);
      const name2 = GIVEN_NAME.exec(plain.slice(m.index + m[0].length, m.index + m[0].length + 80));
      const written = name2?.[1] ?? (m.index === 0 ? name2?.[2] : void 0);
      if (written) (given ??= /* @__PURE__ */ new Map()).set(n, written.trim());
      if (written && FOREIGN_REFERENCE.test(m[0])) (translated ??= /* @__PURE__ */ new Set()).add(n);
    }
    const listedEnd = listedNumerals(plain, m.index + m[0].length, numerals);
    if (n !== null && ranges) rangeTo(plain, listedEnd, n, numerals, ranged);
  }
  if (plain.includes("(") || plain.includes("（")) bracketedNumerals(plain, numerals, agreed);
  if (ranges && plain.includes("I")) {
    let asked2 = 0;
    for (const m of plain.matchAll(BARE_RANGE)) {
      if (++asked2 > MAX_NUMBERED_NAMES) break;
      if (NOT_PRINCIPLES_BEFORE.test(plain.slice(Math.max(0, m.index - 24), m.index))) continue;
      const from = parseNumeral(m[1] ?? "");
      if (from !== null) rangeTo(plain, m.index + (m[1] ?? "").length, from, numerals, ranged);
    }
  }
  const disagrees = (written, p, foreign) => foreign && !NON_ASCII_LETTER.test(p.name) ? principles.some((q) => q !== p && named2(hay(written), q, loose, written)) : contradicts(written, p, principles, loose, principleIndex(principles));
  const out = /* @__PURE__ */ new Set();
  const asked = /* @__PURE__ */ new Set();
  let namedHere;
  for (const n of numerals) {
    if (asked.has(n)) continue;
    asked.add(n);
    const p = principles.find((q) => q.numeral === n);
    if (!p) continue;
    if (n === numeral && byName.includes(p) && ranged.size === 0) {
      if (agreed.size === 0) return [p];
      out.add(p);
      continue;
    }
    if (n === numeral) {
      const head = name.split(/\s[—–-]\s|[:：]|\s\|/u)[0] ?? name;
      const explained = /^[—–-]/u.test(afterNumeral(plain)) && new RegExp("^\\p{Ll}", "u").test(head.trim());
      if (!ranged.has(n) && !explained && disagrees(head, p, FOREIGN_REFERENCE.test(plain.trimStart())))
        continue;
    } else if (!ranged.has(n) && !agreed.has(n) && (namedHere ??= new Set(principles.filter((q) => named2(prepared2, q, loose, plain)))).size > 0 && !namedHere.has(p)) {
      continue;
    } else if (given?.has(n)) {
      if (disagrees(given.get(n) ?? "", p, translated?.has(n) ?? false)) continue;
    }
    out.add(p);
  }
  if (bySubsection) out.add(bySubsection);
  for (const p of byName) out.add(p);
  return [...out];
}
function numeralsOnly(label2, principles) {
  const plain = label2.length > 40 ? "" : plainText(label2);
  if (!NUMERALS_ONLY.test(plain)) return [];
  const out = [];
  for (const m of plain.matchAll(NUMERAL_OF_LIST)) {
    const n = parseNumeral(m[0]);
    const p = principles.find((q) => q.numeral === n);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}
var NUMERALS_ONLY = /^\s*(?:[IVXLC]{1,7}|\d{1,2})\.?(?:\s*(?:[,，、/&+·]|\s(?:and|y|e|et|und|и|và)\s)\s*(?:[IVXLC]{1,7}|\d{1,2})\.?){0,12}\s*$/u;
var NUMERAL_OF_LIST = /[IVXLC]{1,7}|\d{1,2}/gu;
var INSERTED_CODE2 = /^[IVXLC]{1,7}\.\d{1,2}(?=[.:：\s])/u;
function citedNumeral(label2, principles) {
  const plain = plainText(label2);
  if (principlesByLeadingId(plain, principles).length > 0) return true;
  const inserted = INSERTED_CODE2.test(plain.replace(/^[^\p{L}\p{N}]+/u, ""));
  if (inserted && principles.some((p) => p.code !== void 0 && INSERTED_CODE2.test(`${p.code}.`)))
    return true;
  for (const m of plain.matchAll(REFERENCE2)) {
    const n = referencedNumeral(m);
    if (n !== null && principles.some((p) => p.numeral === n)) return true;
  }
  if (plain.includes("(") || plain.includes("（")) {
    const listed = [];
    bracketedNumerals(plain, listed, /* @__PURE__ */ new Set());
    if (listed.some((n) => principles.some((p) => p.numeral === n))) return true;
  }
  return false;
}
function labelPrinciples(label2, text, principles, byContent = true) {
  const numerals = numeralsOnly(label2, principles);
  if (numerals.length > 0) return numerals;
  const explicit = principlesAddressed(label2, principles, false);
  if (explicit.length > 0) return explicit;
  const loose = principlesAddressed(label2, principles, true);
  if (!byContent) return loose;
  if (loose.length === 0 && citedNumeral(label2, principles)) return loose;
  if (loose.length > 1) {
    const joined = joinedPrinciples2(label2, principles);
    if (joined.length > 1) return joined;
  }
  const index = principleIndex(principles);
  const content = loose.length === 1 ? principleByContent(index, label2) : loose.length === 0 ? namePrefix(label2, principles) ?? principleByContent(index, label2) ?? principleByNameWords(index, label2) ?? principleByContent(index, text) : principleByContent(index, text);
  return content ? [content] : loose;
}
function joinedPrinciples2(label2, principles) {
  const out = [];
  for (const topic of joinedTopics(plainText(label2).trim())) {
    const named3 = principlesAddressed(topic, principles, true);
    const one = named3[0];
    if (named3.length !== 1 || one === void 0 || out.includes(one)) return [];
    out.push(one);
  }
  return out;
}
function namePrefix(label2, principles) {
  const words = normalize(plainText(label2));
  if (!words.includes(" ") || words.length > 60) return null;
  return openedBy(words, principles);
}
function openedBy(words, principles) {
  let found = null;
  for (const p of principles) {
    const name = nameCore(p.name);
    if (name === words || !name.startsWith(`${words} `)) continue;
    if (found) return null;
    found = p;
  }
  return found;
}
var TOLERANT_GATES = 500;
var NAMED_GATES = 2e3;
var perPlan = /* @__PURE__ */ new WeakMap();
var ordinals = /* @__PURE__ */ new WeakMap();
function ordinal(plan, gate) {
  let map = ordinals.get(plan);
  if (!map) {
    const built = /* @__PURE__ */ new Map();
    plan.gates.forEach((g, k) => built.set(g, k));
    ordinals.set(plan, built);
    map = built;
  }
  return map.get(gate) ?? -1;
}
function gatePrinciples(gate, principles, plan, at2) {
  if (principles.length === 0) return [];
  if (plan === void 0) return principlesOfGate(gate, principles, true);
  const k = at2 !== void 0 && plan.gates[at2] === gate ? at2 : ordinal(plan, gate);
  if (k < 0) return principlesOfGate(gate, principles, true);
  let byConstitution = perPlan.get(plan);
  if (!byConstitution) {
    byConstitution = /* @__PURE__ */ new WeakMap();
    perPlan.set(plan, byConstitution);
  }
  let list = byConstitution.get(principles);
  if (!list) {
    list = new Array(plan.gates.length);
    byConstitution.set(principles, list);
  }
  let found = list[k];
  if (!found) {
    found = k >= NAMED_GATES ? principlesByLeadingId(gate.label, principles) : principlesOfGate(gate, principles, k < TOLERANT_GATES);
    list[k] = found;
  }
  return found;
}
function principlesByLeadingId(label2, principles) {
  const byCode = principlesByCode(label2.slice(0, 64), principles);
  if (byCode.length > 0) return byCode;
  const { numeral } = numberedLabel(label2);
  const p = numeral === null ? void 0 : principles.find((q) => q.numeral === numeral);
  return p ? [p] : [];
}
function principlesOfGate(gate, principles, tolerant) {
  if (!tolerant) return principlesAddressed(gate.label, principles);
  if (gate.form === "result") return principlesAddressed(gate.text, principles);
  if (LEADING_RANGE.test(gate.label)) {
    const ranged = principlesAddressed(gate.label, principles, false, true);
    if (ranged.length > 1) return ranged;
  }
  const byLabel = labelPrinciples(gate.label, `${gate.label} ${gate.reason}`, principles);
  if (byLabel.length > 0 && gate.form !== "table") return byLabel;
  if (gate.form === "table") {
    const bare = gate.cells?.find((c) => BARE_NUMERAL2.test(c.trim()));
    if (bare) {
      const head = gate.label.split(/\s[—–-]\s|[:：]/u)[0] ?? gate.label;
      const byPair = principlesAddressed(
        `${bare.trim().replace(/[.)]$/, "")}. ${head}`,
        principles,
        true
      );
      if (byPair.length > 0) return byPair;
    }
    for (const cell of gate.cells ?? []) {
      if (splitNumbered(cell).numeral === null) continue;
      const byCell = principlesAddressed(cell, principles, true);
      if (byCell.length > 0) return byCell;
    }
    const byRow = principlesAddressed(gate.text, principles);
    const row = byRow.length > 0 ? byRow : byLabel;
    if (row.length > 0) return row;
  }
  if (gate.form === "heading") return [];
  const own = principlesAddressed(`${gate.label} ${gate.reason}`, principles);
  if (own.length > 0 || gate.form === "table") return own;
  const bySection = subHeadingPrinciple(gate, principles);
  return bySection.length > 0 ? bySection : own;
}
function subHeadingPrinciple(gate, principles) {
  if (gate.sectionTitle === "") return [];
  const under = gate.form === "checkbox" || gate.form === "item" || gate.form === "label" && citedNumeral(gate.sectionTitle, principles);
  if (!under) return [];
  const bySection = principlesAddressed(gate.sectionTitle, principles, false);
  return bySection.length === 1 ? bySection : [];
}
var memo2 = /* @__PURE__ */ new WeakMap();
function coverage(plan, constitution) {
  let byConstitution = memo2.get(plan);
  if (!byConstitution) {
    byConstitution = /* @__PURE__ */ new WeakMap();
    memo2.set(plan, byConstitution);
  }
  let result = byConstitution.get(constitution);
  if (!result) {
    result = computeCoverage(plan, constitution);
    byConstitution.set(constitution, result);
  }
  return result;
}
function lineLabel(raw, table) {
  if (table) return plainText(splitRow(raw)[0] ?? "") || null;
  const body = raw.replace(/^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s*)?/, "");
  const split = splitLabel(body, true);
  return split && split.label.length <= 80 ? split.label : null;
}
var TEMPLATE_LABELS = new Set(TEMPLATE_GATE_LABELS.map(normalize));
function templateGate(label2) {
  return TEMPLATE_LABELS.has(normalize(label2.replace(NON_NEGOTIABLE, "")));
}
function numbered(gate) {
  return [gate.label, ...gate.cells ?? []].some(
    (c) => BARE_NUMERAL2.test(c.trim()) || splitNumbered(c).numeral !== null || c.length <= 40 && NUMERALS_ONLY.test(c)
  );
}
var ACRONYM_LABEL = /^\s*[A-Z]{2,6}s?\s*$/u;
function shortenedName(label2, principles) {
  const words = normalize(plainText(label2).replace(/[:：]\s*$/u, ""));
  if (words.length > 60) return null;
  if (!words.includes(" ") && !new RegExp("^\\p{L}{6,}$", "u").test(words)) return null;
  return openedBy(words, principles);
}
function calledInWords(label2, principles, index) {
  const loose = principlesAddressed(label2, principles, true);
  if (loose.length > 0) return loose;
  const byWords = principleByNameWords(index, label2);
  return byWords ? [byWords] : [];
}
function citedBeside(text, principles, known) {
  const plain = plainText(text);
  const numerals = /* @__PURE__ */ new Set();
  for (const m of plain.matchAll(REFERENCE2)) {
    const n = referencedNumeral(m);
    if (n !== null) numerals.add(n);
  }
  const byCode = principlesByCode(plain, principles);
  const parts3 = numeralParts(plain);
  const byParts = principles.filter(
    (p) => p.numeral !== null && parts3.has(p.numeral) && !known.includes(p)
  );
  if (numerals.size === 0 && byCode.length === 0) return byParts;
  const cited = principlesAddressed(plain, principles, false).filter(
    (p) => !known.includes(p) && (byCode.includes(p) || p.numeral !== null && numerals.has(p.numeral))
  );
  return [...cited, ...byParts.filter((p) => !cited.includes(p))];
}
var PART_END = /\s[/|｜](?=\s)|[;；]/u;
var PART_NUMERAL = /^(?:[-*+]\s+)?(?:\*\*|__)?([IVXLC]{1,7})(?:\*\*|__)?(?=[\s:：.)]|$)/u;
var MAX_PARTS = 32;
function numeralParts(text) {
  if (!/[/|｜;；]/u.test(text)) return NO_NUMERALS;
  const parts3 = text.split(PART_END, MAX_PARTS);
  if (parts3.length < 3) return NO_NUMERALS;
  const found = /* @__PURE__ */ new Set();
  for (const part of parts3) {
    const m = PART_NUMERAL.exec(part.trim());
    const n = m ? parseNumeral(m[1] ?? "") : null;
    if (n !== null) found.add(n);
  }
  return found.size >= 3 && found.size * 2 >= parts3.length ? found : NO_NUMERALS;
}
var NO_NUMERALS = /* @__PURE__ */ new Set();
var GATE = 1;
var ADDRESSING = 2;
var NAMED = 4;
function computeCoverage(plan, constitution) {
  const { principles } = constitution;
  const index = principleIndex(principles);
  const gates = /* @__PURE__ */ new Map();
  const covered = /* @__PURE__ */ new Set();
  const lineFlags = new Uint8Array(plan.doc.lines.length + 2);
  const flag = (line, f) => {
    lineFlags[line] = (lineFlags[line] ?? 0) | f;
  };
  const flagged = (line, f) => ((lineFlags[line] ?? 0) & f) !== 0;
  let units = 0;
  let unmatched = 0;
  const strict = /* @__PURE__ */ new Set();
  const callers = [];
  const call = (list) => {
    for (const p of list) strict.add(p);
  };
  const ask = (text) => {
    if (callers.length < TOLERANT_GATES) callers.push(text);
  };
  const listed = [];
  for (let at2 = 0; at2 < plan.gates.length; at2++) {
    const gate = plan.gates[at2];
    flag(gate.line, GATE);
    let all = gatePrinciples(gate, principles, plan, at2);
    if (gate.form !== "result" && gate.phase === "initial" && listed.length <= principles.length && !templateGate(gate.label))
      listed.push({ gate, named: all });
    if (gate.form !== "result" && units < TOLERANT_GATES) {
      const cited = citedBeside(gate.text, principles, all);
      if (cited.length > 0) {
        call(cited);
        all = [...all, ...cited];
      }
    }
    const byLabel = gate.form !== "result" && units < TOLERANT_GATES ? principlesAddressed(gate.label, principles, false, LEADING_RANGE.test(gate.label)) : [];
    if (gate.form === "result" || units >= TOLERANT_GATES || numbered(gate)) call(all);
    else {
      call(
        byLabel.length > 0 || all.length === 0 ? byLabel : principlesAddressed(`${gate.label} ${gate.reason}`, principles, false)
      );
      const shortened = shortenedName(gate.label, principles);
      if (shortened && all.includes(shortened)) call([shortened]);
      ask(gate.label);
      const plainLabel = plainText(gate.label);
      if (ACRONYM_LABEL.test(plainLabel) && findStatus(plainLabel) === null) call(all);
    }
    if (gate.form !== "result" && units < TOLERANT_GATES) {
      const text = `${gate.label} ${gate.reason}`;
      if (all.length === 0) {
        const byContent = citedNumeral(gate.label, principles) ? null : principleByContent(index, text);
        if (byContent) all = [byContent];
      } else if (!numbered(gate)) {
        const own = gate.form === "heading" || byLabel.length > 0 ? gate.label : text;
        all = [...all, ...namedByOwnWords(index, own, all)];
      }
    }
    if (units < TOLERANT_GATES && byLabel.length === 0 && !numbered(gate)) {
      const bySection = subHeadingPrinciple(gate, principles);
      if (bySection.length > 0) all = bySection;
    }
    if (gate.form !== "result" && !templateGate(gate.label)) {
      units++;
      if (all.length === 0) unmatched++;
    }
    if (all.length > 0) flag(gate.line, ADDRESSING);
    if (gate.form === "heading" && all.length > 0 && (at2 >= TOLERANT_GATES || principlesAddressed(gate.label, principles).length > 0))
      flag(gate.line, NAMED);
    for (const p of all) {
      const list = gates.get(p);
      if (list) list.push(gate);
      else gates.set(p, [gate]);
      covered.add(p);
    }
  }
  const place = (gate, principle) => {
    const list = gates.get(principle);
    if (list) list.push(gate);
    else gates.set(principle, [gate]);
    if (!flagged(gate.line, ADDRESSING)) unmatched--;
    covered.add(principle);
    flag(gate.line, ADDRESSING);
  };
  for (const { gate, principle } of numberedInPlace(listed, principles)) {
    place(gate, principle);
    call([principle]);
  }
  const { moved, inPlace } = byPosition(listed, principles, index);
  for (const { gate, principle, instead } of moved) {
    for (const p of instead) {
      const own = gates.get(p);
      if (own)
        gates.set(
          p,
          own.filter((g) => g !== gate)
        );
    }
    place(gate, principle);
  }
  const { doc } = plan;
  let read2 = 0;
  const numberedGates = plan.gates.some((g) => g.form !== "result" && numbered(g));
  for (const section of plan.sectionsOf("constitution-check")) {
    let underGateHeading = false;
    let underPrincipleHeading = false;
    let restated = 0;
    for (let line = section.line; line <= section.endLine && read2 < MAX_GATES; line++) {
      if (doc.kinds[line - 1] === "heading") {
        underGateHeading = flagged(line, ADDRESSING);
        underPrincipleHeading = flagged(line, NAMED);
        if (line !== section.line && callers.length < TOLERANT_GATES)
          ask(plainText(atxHeading(doc.lines[line - 1] ?? "")?.raw ?? ""));
      }
      if (flagged(line, GATE) || !isProse(doc.kinds[line - 1])) continue;
      read2++;
      const raw = doc.lines[line - 1] ?? "";
      const kind = doc.kinds[line - 1];
      const found = new Set(principlesAddressed(raw, principles, false, !numberedGates));
      const parts3 = kind !== "table" && /[/|｜;；]/u.test(raw) ? numeralParts(plainText(raw)) : NO_NUMERALS;
      for (const p of principles) if (p.numeral !== null && parts3.has(p.numeral)) found.add(p);
      call([...found]);
      const label2 = kind === "heading" || kind === "table" && (isDelimiterRow(raw) || isDelimiterRow(doc.lines[line] ?? "")) ? null : kind === "list-item" || kind === "table" ? lineLabel(raw, kind === "table") : /^\s*(?:\*\*|__)/.test(raw) ? lineLabel(raw, false) : null;
      if (label2 && units < TOLERANT_GATES) {
        const shortened = shortenedName(label2, principles);
        if (shortened) {
          call([shortened]);
          found.add(shortened);
        }
        const own = !templateGate(label2);
        if (own && underPrincipleHeading)
          for (const p of principlesAddressed(raw, principles, false)) found.add(p);
        else if (own) {
          for (const p of labelPrinciples(label2, plainText(raw), principles)) found.add(p);
          ask(label2);
        }
        if (own && !underPrincipleHeading && found.size === 0 && line !== section.line) {
          const byContent = principleByContent(index, plainText(raw));
          if (byContent) found.add(byContent);
        }
        if (line !== section.line && !templateGate(label2) && !underPrincipleHeading) {
          units++;
          if (found.size === 0) unmatched++;
        }
      } else if (kind === "text" && !underGateHeading && restated < TOLERANT_GATES) {
        restated++;
        for (const p of enumerated(index, plainText(raw), true)) found.add(p);
      } else if (kind === "list-item" && !underGateHeading && found.size === 0 && units < TOLERANT_GATES && restated < TOLERANT_GATES && /^ ?(?:[-*+]|\d+[.)])\s/.test(raw)) {
        restated++;
        const plain = plainText(raw);
        const byContent = principleByContent(index, plain);
        if (byContent) found.add(byContent);
        for (const p of enumerated(index, plain)) found.add(p);
      }
      for (const p of found) covered.add(p);
      if (kind === "text" && found.size === 0 && units < TOLERANT_GATES && /[A-Z]{3}/.test(raw)) {
        for (const p of principles) if (byAcronym(raw, p, 3)) covered.add(p);
      }
    }
  }
  if (strict.size >= 3 && strict.size * 3 >= principles.length * 2) {
    const skipped = new Set([...covered].filter((p) => !strict.has(p) && !inPlace.has(p)));
    for (const text of callers) {
      if (skipped.size === 0) break;
      for (const p of calledInWords(text, principles, index)) skipped.delete(p);
    }
    for (const p of skipped) {
      covered.delete(p);
      gates.delete(p);
    }
  }
  return { gates, covered, unmatched, units };
}
var NON_ASCII_LETTER = new RegExp("(?![a-zA-Z])\\p{L}", "u");
function numberedInPlace(all, principles) {
  const listed = all.length === principles.length ? all : all.filter(({ gate }) => numberedLabel(plainText(gate.label)).numeral !== null);
  if (listed.length < 3 || listed.length !== principles.length) return [];
  let agree = 0;
  for (let k = 0; k < listed.length; k++) {
    const { gate, named: named3 } = listed[k];
    const p = principles[k];
    if (p.numeral === null || numberedLabel(plainText(gate.label)).numeral !== p.numeral) return [];
    if (named3.includes(p)) agree++;
  }
  if (agree * 3 < listed.length * 2) return [];
  const accented = (text) => NON_ASCII_LETTER.test(text);
  const namesAccented = principles.filter((p) => accented(p.name)).length * 2 >= principles.length;
  const labelsAccented = listed.filter(({ gate }) => accented(gate.label)).length * 2 >= listed.length;
  const translated = namesAccented !== labelsAccented;
  return listed.flatMap(({ gate, named: named3 }, k) => {
    const p = principles[k];
    return named3.length === 0 && (translated || compoundOf(plainText(gate.label), p.name)) ? [{ gate, principle: p }] : [];
  });
}
var LETTER_WORDS = new RegExp("\\p{L}+", "gu");
function compoundOf(label2, name) {
  const stems = (name.toLowerCase().match(LETTER_WORDS) ?? []).filter((w) => w.length >= 7).map((w) => w.slice(0, Math.max(6, w.length - 3)));
  if (stems.length === 0) return false;
  return (label2.toLowerCase().match(LETTER_WORDS) ?? []).some(
    (w) => w.length >= 10 && stems.some((stem2) => w.length >= stem2.length + 4 && w.includes(stem2))
  );
}
function sharesStem(label2, name) {
  const words = (text) => (text.toLowerCase().match(LETTER_WORDS) ?? []).filter((w) => w.length >= 5);
  const theirs = words(name);
  return words(label2).some(
    (a) => theirs.some((b) => {
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n >= 5 && n * 10 >= Math.min(a.length, b.length) * 7;
    })
  );
}
function sameWriting(a, b) {
  const japanese = (x) => x === "han" || x === "kana";
  return a === b || japanese(a) && japanese(b);
}
function byPosition(listed, principles, index) {
  const none = { moved: [], inPlace: /* @__PURE__ */ new Set() };
  let list = listed;
  let extra = false;
  if (list.length !== principles.length) {
    const ofForm = /* @__PURE__ */ new Map();
    for (const l of listed) ofForm.set(l.gate.form, [...ofForm.get(l.gate.form) ?? [], l]);
    const fitting = [...ofForm.values()].filter((g) => g.length === principles.length);
    if (fitting.length === 1) list = fitting[0];
    else if (listed.length > principles.length && listed.length - principles.length <= 2) {
      list = listed.slice(0, principles.length);
      extra = true;
    } else return none;
  }
  if (list.length < 3) return none;
  if (list.some(({ gate }) => numbered(gate) || citedNumeral(gate.label, principles))) return none;
  const script = scriptOf(principles.map((p) => p.name).join(""));
  const crossScript = list.every(({ gate }) => scriptOf(gate.label) !== script);
  const inPlace = /* @__PURE__ */ new Set();
  const forms = /* @__PURE__ */ new Map();
  list.forEach(({ gate, named: named3 }, k) => {
    const p = principles[k];
    if (!named3.includes(p)) return;
    inPlace.add(p);
    forms.set(gate.form, (forms.get(gate.form) ?? 0) + 1);
  });
  const foreign = list.map(({ gate, named: named3 }, k) => {
    const p = principles[k];
    return !inPlace.has(p) && named3.every((q) => inPlace.has(q)) && !sameWriting(scriptOf(gate.label), scriptOf(p.name));
  });
  const askable = crossScript ? list.length : foreign.filter((f) => !f).length;
  if (!crossScript && (askable < 3 || inPlace.size * 3 < askable * 2)) return none;
  const last = list.length - 1;
  if (extra && (inPlace.size < askable - 1 || !(inPlace.has(principles[last]) || foreign[last] && inPlace.size === askable)))
    return none;
  const form = [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? list[0]?.gate.form;
  const namedAnywhere = new Set(list.flatMap((l) => l.named));
  const placed = new Set(inPlace);
  const out = [];
  list.forEach(({ gate, named: own }, k) => {
    const principle = principles[k];
    if (gate.form === form && own.every((p) => placed.has(p)) && !namedAnywhere.has(principle) && (crossScript || foreign[k] || relatesTo(index, `${gate.label} ${gate.reason}`, principle) || sharesStem(gate.label, principle.name)))
      out.push({ gate, principle, instead: own });
  });
  for (const { principle } of out) inPlace.add(principle);
  return { moved: out, inPlace };
}
var ENUMERATION = /^[^,、，.。;:：]{1,40}(?:[,、，][^,、，.。;:：]{1,40}){3,}$/u;
var INTRODUCED = /^[^,、，.。;:：]{1,40}(?:[,、，][^,、，.。;:：]{1,40}){2,}$/u;
function enumerated(index, text, introduced = false) {
  let t = text.trim().replace(/[.。]$/u, "");
  if (introduced) {
    const colon = Math.max(t.lastIndexOf(":"), t.lastIndexOf("："));
    if (colon < 0) return [];
    t = t.slice(colon + 1).trim();
  }
  if (t.length > 400 || !(introduced ? INTRODUCED : ENUMERATION).test(t)) return [];
  const terms = t.split(/[,、，]/u).map((x) => x.trim());
  if (terms.some((x) => x.split(/\s+/).length > 4)) return [];
  const out = [];
  for (const term of terms) {
    const p = principleByNameWords(index, term);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}
var FILLER = new Set(
  ["", "none", "n a", "na", "no", "nothing", "无", "無", "なし", "該当なし", "不适用", "没有"].map(
    normalize
  )
);
var templateRowAnswers = /* @__PURE__ */ new WeakMap();
var NO_TEMPLATE = {};
function isTemplateRow(row, template) {
  const key = template ?? NO_TEMPLATE;
  let answers2 = templateRowAnswers.get(key);
  if (!answers2) {
    answers2 = /* @__PURE__ */ new WeakMap();
    templateRowAnswers.set(key, answers2);
  }
  let answer = answers2.get(row);
  if (answer === void 0) {
    answer = row.cells.some((cell) => findPlaceholders(cell, false, template).length > 0);
    answers2.set(row, answer);
  }
  return answer;
}
function isFillerRow(row) {
  return row.cells.every((c) => FILLER.has(normalize(c)) || /^[-—–\s]*$/.test(c));
}
function realComplexityRows(plan, template) {
  return plan.complexityRows.filter((r) => !isTemplateRow(r, template) && !isFillerRow(r));
}
function justifiedByComplexity(gate, rows, principles, plan, at2) {
  return rowNaming(gate, rows, principles, plan, at2) !== void 0;
}
var denial = termMatcher(DENIED_JUSTIFICATIONS);
function deniesJustification(row) {
  const text = row.cells.join(" ");
  return DENIED_JUSTIFICATION.test(text) || denial(normalize(text));
}
function rowNaming(gate, rows, principles, plan, at2) {
  if (rows.length === 0) return void 0;
  const own = gatePrinciples(gate, principles, plan, at2);
  const label2 = splitNumbered(gate.label).name;
  return rows.find((row) => {
    const text = row.cells.join(" ");
    if (label2.length > 1 && mentions(text, label2)) return true;
    return principlesAddressed(text, principles).some((p) => own.includes(p));
  });
}
function afterNumeral(plain) {
  const m = /^\s*(?:[\p{L}]+\s+)?[IVXLC]{1,7}\b|^\s*(?:[\p{L}]+\s+)?\d{1,3}\b/u.exec(plain);
  return m ? plain.slice(m[0].length).trimStart() : "";
}

// src/engine/decode.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decode(bytes) {
  const head = bytes.subarray(0, 8e3);
  if (head.includes(0)) return { text: null, unreadable: { kind: "binary" } };
  try {
    return { text: decoder.decode(bytes), unreadable: null };
  } catch {
    return { text: null, unreadable: { kind: "encoding", offset: firstInvalid(bytes) } };
  }
}
function firstInvalid(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 128 ? 0 : b >= 194 && b < 224 ? 1 : b >= 224 && b < 240 ? 2 : b >= 240 && b < 245 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return i;
    i += need + 1;
  }
  return i;
}
function byteLength(text) {
  let n = text.length;
  const wide = /[\u0080-\uffff]+/g;
  for (let m = wide.exec(text); m; m = wide.exec(text)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c < 2048) n += 1;
      else if (c >= 55296 && c < 56320 && i + 1 < run.length) {
        n += 2;
        i++;
      } else n += 2;
    }
  }
  return n;
}

// src/engine/rule.ts
var DOCS_BASE = "docs/rules";
function docsPath(id) {
  return `${DOCS_BASE}/${id}.md`;
}
var filled = /* @__PURE__ */ new Map();
var MAX_FILLED = 4096;
var compiled = /* @__PURE__ */ new Map();
function parts(template) {
  let found = compiled.get(template);
  if (!found) {
    found = template.split(/\{\{(\w+)\}\}/);
    compiled.set(template, found);
  }
  return found;
}
function formatMessage(template, data = {}) {
  let key = "";
  for (const k in data) key += `${k}\0${data[k]}\0`;
  let byData = filled.get(template);
  const known = byData?.get(key);
  if (known !== void 0) return known;
  const pieces = parts(template);
  let message = pieces[0] ?? "";
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i] ?? "";
    message += String(data[name] ?? `{{${name}}}`) + (pieces[i + 1] ?? "");
  }
  if (byData === void 0) filled.set(template, byData = /* @__PURE__ */ new Map());
  if (byData.size >= MAX_FILLED) byData.clear();
  byData.set(key, message);
  return message;
}
function code(value, max = 80) {
  let flat = "";
  let i = 0;
  while (i < value.length && flat.length <= max) {
    const start = i;
    while (i < value.length && isWhiteCode(value.charCodeAt(i))) i++;
    if (i === value.length) break;
    if (i > start && flat.length > 0) flat += " ";
    const from = i;
    while (i < value.length && i - from <= max && !isWhiteCode(value.charCodeAt(i))) i++;
    const run = value.slice(from, i);
    flat += run.includes("`") ? run.replaceAll("`", "'") : run;
  }
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}

// src/engine/rules/amendment-date.ts
var ISO = /^\d{4}-\d{2}-\d{2}$/;
var amendmentDate = {
  id: "amendment-date",
  summary: "A constitution amendment that leaves the Last Amended date stale, or moves a date back",
  defaultSeverity: "warning",
  messages: {
    notUpdated: "`{{constitution}}` was amended ({{reason}}), but **Last Amended** still says `{{date}}`. spec-kit's `/speckit.constitution` sets the Last Amended date on every amendment, so readers can tell which plans predate it. Set it to the date of this amendment (`YYYY-MM-DD`).",
    earlier: "**Last Amended** went back from `{{before}}` to `{{after}}`. An amendment is later than the one before it, so the date can only move forward. Set it to the date of this amendment (`YYYY-MM-DD`).",
    notIso: "**Last Amended** is `{{after}}`, which is not an ISO date. spec-kit writes constitution dates as `YYYY-MM-DD`, so that they sort and compare. Write the date of this amendment as `YYYY-MM-DD`.",
    missing: "`{{constitution}}` no longer states its **Last Amended** date (it was `{{before}}`). spec-kit's template ends with `**Version**: … | **Ratified**: … | **Last Amended**: …`. Restore it, set to the date of this amendment.",
    ratified: "**Ratified** changed from `{{before}}` to `{{after}}`. The ratification date is when the constitution was first adopted and stays the same across amendments; the date of this change belongs in **Last Amended**. Restore `{{before}}`."
  },
  checkAmendment({ amendment: a, report: report2 }) {
    if (a.initial || !a.material) return;
    const reason = a.changes[0]?.text ?? "";
    const d = a.lastAmended;
    const at2 = (line, column, value) => ({
      line: line ?? 1,
      ...column !== null ? { column, endColumn: column + value.length } : {}
    });
    const data = {
      constitution: a.path,
      reason,
      before: d.before ?? "",
      after: d.after ?? "",
      date: d.after ?? ""
    };
    if (d.after === null) {
      if (d.before !== null) report2({ messageId: "missing", data, line: a.version.line ?? 1 });
    } else if (!ISO.test(d.after)) {
      report2({ messageId: "notIso", data, ...at2(d.line, d.column, d.after) });
    } else if (d.before !== null && ISO.test(d.before)) {
      if (d.after === d.before)
        report2({ messageId: "notUpdated", data, ...at2(d.line, d.column, d.after) });
      else if (d.after < d.before)
        report2({ messageId: "earlier", data, ...at2(d.line, d.column, d.after) });
    }
    const r = a.ratified;
    if (r.before && r.after && ISO.test(r.before) && ISO.test(r.after) && r.before !== r.after) {
      report2({
        messageId: "ratified",
        data: { before: r.before, after: r.after },
        ...at2(r.line, r.column, r.after)
      });
    }
  }
};

// src/engine/amendment/versions.ts
function bumpOf(before, after) {
  const [a, b] = [parts2(before), parts2(after)];
  for (let k = 0; k < 3; k++) {
    if ((b[k] ?? 0) === (a[k] ?? 0)) continue;
    if ((b[k] ?? 0) < (a[k] ?? 0)) return { level: "lower", regular: false };
    const level = ["major", "minor", "patch"][k] ?? "patch";
    return {
      level,
      regular: after === nextVersion(before, level) || sameVersion(after, nextVersion(before, level))
    };
  }
  return { level: "none", regular: false };
}
function nextVersion(version, level) {
  const [major = 0, minor = 0, patch = 0] = parts2(version);
  if (level === "major") return `${major + 1}.0.0`;
  if (level === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
var LEVEL_RANK = { patch: 1, minor: 2, major: 3 };
function parts2(version) {
  return version.split(".").map(Number);
}
function sameVersion(a, b) {
  const pad = (v) => [...parts2(v), 0, 0].slice(0, 3).join(".");
  return pad(a) === pad(b);
}

// src/engine/amendment/sync-report.ts
function itemSubject(text) {
  const cut = /\s[—–-]\s|[:：(（]/u.exec(text);
  const head = cut ? text.slice(0, cut.index) : text;
  return trimQuotes(head).trim();
}
var QUOTES = /* @__PURE__ */ new Set(['"', "'", "“", "”", "‘", "’", "`", "*", "_"]);
function trimQuotes(text) {
  let start = 0;
  let end = text.length;
  while (start < end && QUOTES.has(text[start] ?? "")) start++;
  while (end > start && QUOTES.has(text[end - 1] ?? "")) end--;
  return text.slice(start, end);
}

// src/engine/amendment/amendment.ts
function touched(d) {
  return d.status !== "kept" || d.renamed || d.renumbered || d.nonNegotiableChanged || d.body.change !== "unchanged";
}
function nameKeyOf(text) {
  const name = plainText(text).replace(NON_NEGOTIABLE, "").replace(/^\s*(?:principle\s+)?(?:[IVXLC]{1,7}|\d{1,3})[.:)]\s*/iu, "").replace(/[(（][^()（）]*[)）]\s*$/u, "");
  return normalize(name);
}

// src/engine/amendment/claims.ts
function syncReportDiscrepancies(a) {
  const report2 = a.syncReport;
  if (!report2 || a.initial || !a.changed) return [];
  const { before, after } = a.version;
  if (a.syncReportUnchanged) {
    return [{ kind: "stale", line: report2.line, reported: report2.version?.text ?? "" }];
  }
  const out = [];
  const v = report2.version;
  const moved = before !== null && after !== null && !sameVersion(before, after);
  if (!v || v.to === null) {
    if (moved) out.push({ kind: "version-missing", line: v?.line ?? report2.line });
  } else if (after !== null && !sameVersion(v.to, after) || v.from !== null && before !== null && !sameVersion(v.from, before)) {
    out.push({ kind: "version-mismatch", line: v.line, reported: v.text });
  }
  const basePrinciples = a.base?.principles ?? [];
  const headPrinciples = a.head.principles;
  const diffOf = /* @__PURE__ */ new Map();
  for (const d of a.principles) {
    if (d.base) diffOf.set(d.base, d);
    if (d.head) diffOf.set(d.head, d);
  }
  const addressed2 = (text, side) => {
    const found = /* @__PURE__ */ new Set();
    const bare = text.replace(/^(?:[-*•+]|\d{1,2}[.)])\s+/, "");
    const among = [
      ...side !== "head" ? principlesAddressed(bare, basePrinciples) : [],
      ...side !== "base" ? principlesAddressed(bare, headPrinciples) : []
    ];
    for (const p of among) {
      const d = diffOf.get(p);
      if (d) found.add(d);
    }
    return found;
  };
  const mentioned = /* @__PURE__ */ new Set();
  for (const l of report2.lines) {
    if (l.line === v?.line) continue;
    for (const d of addressed2(l.text, "both")) mentioned.add(d);
  }
  const reportText = report2.lines.map((l) => normalize(l.text)).join(" ");
  const firstOf = (list) => report2.lists.find((l) => l.list === list)?.line ?? report2.line;
  for (const d of a.principles) {
    const list = d.status === "added" ? "added" : d.status === "removed" ? "removed" : d.renamed || d.nonNegotiableChanged || d.body.change === "redefined" || d.body.change === "expanded" ? "modified" : null;
    if (list && !mentioned.has(d))
      out.push({ kind: "omitted", line: firstOf(list), diff: d, list });
  }
  for (const s of a.sections) {
    if (s.status === "kept") continue;
    const title = normalize(s.head ?? s.base ?? "");
    if (title !== "" && !` ${reportText} `.includes(` ${title} `)) {
      out.push({ kind: "omitted-section", line: firstOf(s.status), section: s });
    }
  }
  for (const item of report2.items) {
    if (item.rename) {
      const from = nameKeyOf(item.rename.from);
      const to = item.rename.to === null ? null : nameKeyOf(item.rename.to);
      const fromD = a.principles.find((d2) => d2.base && nameKeyOf(d2.base.name) === from);
      const toD = to === null ? void 0 : a.principles.find((d2) => d2.head && nameKeyOf(d2.head.name) === to);
      const keptName = (d2) => d2 !== void 0 && d2.status === "kept" && !d2.renamed && !d2.renumbered;
      if (to === null) {
        if (keptName(fromD))
          out.push({ kind: "phantom", line: item.line, item, diff: fromD, fact: "still-there" });
      } else if (from !== to && keptName(fromD)) {
        out.push({ kind: "phantom", line: item.line, item, diff: fromD, fact: "same-name" });
      } else if (from !== to && fromD === void 0 && keptName(toD)) {
        out.push({ kind: "phantom", line: item.line, item, diff: toD, fact: "same-name" });
      }
      continue;
    }
    const subject = itemSubject(item.text);
    const d = single(addressed2(subject, "both"));
    if (d) {
      const kept2 = d.status === "kept" && !d.renamed;
      const light = d.body.change === "unchanged" || d.body.change === "reworded";
      if (item.list === "modified" && !touched(d))
        out.push({ kind: "phantom", line: item.line, item, diff: d, fact: "unchanged" });
      else if (item.list === "added" && kept2 && light && !d.nonNegotiableChanged)
        out.push({ kind: "phantom", line: item.line, item, diff: d, fact: "existed" });
      else if (item.list === "removed" && kept2)
        out.push({ kind: "phantom", line: item.line, item, diff: d, fact: "still-there" });
      continue;
    }
    const key = normalize(subject);
    const s = a.sections.find(
      (x) => normalize(x.head ?? "") === key || normalize(x.base ?? "") === key
    );
    if (!s || key === "") continue;
    const kept = s.status === "kept" && !s.renamed;
    if (item.list === "modified" && kept && s.body.change === "unchanged")
      out.push({ kind: "phantom-section", line: item.line, item, section: s, fact: "unchanged" });
    else if (item.list === "added" && kept && (s.body.change === "unchanged" || s.body.change === "reworded"))
      out.push({ kind: "phantom-section", line: item.line, item, section: s, fact: "existed" });
    else if (item.list === "removed" && kept)
      out.push({ kind: "phantom-section", line: item.line, item, section: s, fact: "still-there" });
  }
  return out.sort((x, y) => x.line - y.line);
}
function single(set) {
  return set.size === 1 ? [...set][0] ?? null : null;
}
function diffLabel(d) {
  return principleLabel(d.head ?? d.base);
}

// src/engine/rules/amendment-sync-report.ts
var LISTS = {
  added: "Added sections",
  removed: "Removed sections",
  modified: "Modified principles"
};
function changeOf(d) {
  if (d.status !== "kept") return d.status;
  const what = [];
  if (d.renamed && d.base) what.push(`renamed (it was ${code(principleLabel(d.base))})`);
  if (d.nonNegotiableChanged)
    what.push(d.head?.nonNegotiable ? "made NON-NEGOTIABLE" : "no longer marks NON-NEGOTIABLE");
  if (d.body.change === "redefined") what.push("redefined");
  if (d.body.change === "expanded") what.push("expanded");
  return what.join(" and ");
}
function exampleOf(d) {
  const label2 = diffLabel(d);
  if (d.renamed && d.base) return `- ${principleLabel(d.base)} → ${label2}`;
  return `- ${label2}`;
}
var amendmentSyncReport = {
  id: "amendment-sync-report",
  summary: "A Sync Impact Report that disagrees with the constitution change it reports",
  defaultSeverity: "warning",
  messages: {
    stale: "The Sync Impact Report at the top of `{{constitution}}` is the one from before this amendment, unchanged, so it describes an earlier change ({{reported}}), not this one ({{reason}}). spec-kit's `/speckit.constitution` rewrites the report on every amendment; reviewers and plan authors read it to learn what to re-check. Rewrite it for this amendment, starting with `Version change: {{before}} → {{after}}`.",
    versionMissing: "The Sync Impact Report does not state the version change. spec-kit's report starts with `Version change: old → new`, and its validation requires the version line to match the report. Add `Version change: {{before}} → {{after}}`.",
    versionMismatch: "The Sync Impact Report says `{{reported}}`, but the version line went from `{{before}}` to `{{after}}`. spec-kit's validation requires the version line to match the report. Write `Version change: {{before}} → {{after}}`, or fix the version line.",
    omitted: "The Sync Impact Report does not mention principle `{{principle}}`, which this amendment {{change}}. The report is how reviewers and plan authors learn which principles to re-check; spec-kit's report lists every modified principle (old title → new title when renamed) and every added and removed section. Add it under `{{list}}`: `{{example}}`.",
    omittedSection: "The Sync Impact Report does not mention section `{{section}}`, which this amendment {{change}}. spec-kit's report lists every added and removed section. Add it under `{{list}}`.",
    phantomUnchanged: "The Sync Impact Report lists {{item}} under `{{label}}`, but principle `{{principle}}` did not change in this amendment. A report that claims changes that did not happen sends plan authors to re-check for nothing and hides the real changes. Remove the line, or make the change it describes.",
    phantomExisted: "The Sync Impact Report lists {{item}} under `{{label}}`, but principle `{{principle}}` was already in version `{{before}}`. A report that claims changes that did not happen sends plan authors to re-check for nothing and hides the real changes. Remove the line, or list the principle under `Modified principles` if it changed.",
    phantomStillThere: "The Sync Impact Report says {{item}} was removed, but principle `{{principle}}` is still in the constitution. Plans keep citing a principle the report says is gone. Remove the line, or remove the principle.",
    phantomSameName: "The Sync Impact Report says {{item}}, but principle `{{principle}}` kept its name in this amendment. Remove the line (it may be left from an earlier amendment), or make the rename.",
    phantomSection: "The Sync Impact Report lists {{item}} under `{{label}}`, but section `{{section}}` {{fact}}. A report that claims changes that did not happen hides the real ones. Remove the line, or make the change it describes."
  },
  checkAmendment({ amendment: a, report: report2 }) {
    const before = a.version.before ?? "?";
    const after = a.version.after ?? "?";
    for (const d of syncReportDiscrepancies(a)) {
      switch (d.kind) {
        case "stale":
          report2({
            messageId: "stale",
            data: {
              constitution: a.path,
              reported: d.reported ? code(d.reported) : "no version change",
              reason: a.changes[0]?.text ?? "its wording changed",
              before,
              after
            },
            line: d.line
          });
          break;
        case "version-missing":
          report2({ messageId: "versionMissing", data: { before, after }, line: d.line });
          break;
        case "version-mismatch":
          report2({
            messageId: "versionMismatch",
            data: { reported: d.reported, before, after },
            line: d.line
          });
          break;
        case "omitted": {
          const principle = diffLabel(d.diff);
          report2({
            messageId: "omitted",
            data: {
              principle,
              change: changeOf(d.diff),
              list: LISTS[d.list],
              example: exampleOf(d.diff)
            },
            line: d.line,
            principle
          });
          break;
        }
        case "omitted-section":
          report2({
            messageId: "omittedSection",
            data: {
              section: d.section.head ?? d.section.base ?? "",
              change: d.section.status,
              list: LISTS[d.section.status === "added" ? "added" : "removed"]
            },
            line: d.line,
            section: d.section.head ?? d.section.base ?? ""
          });
          break;
        case "phantom": {
          const principle = diffLabel(d.diff);
          const messageId = {
            unchanged: "phantomUnchanged",
            existed: "phantomExisted",
            "still-there": "phantomStillThere",
            "same-name": "phantomSameName"
          }[d.fact];
          report2({
            messageId,
            data: { item: code(d.item.text), label: d.item.label, principle, before },
            line: d.line,
            principle
          });
          break;
        }
        case "phantom-section":
          report2({
            messageId: "phantomSection",
            data: {
              item: code(d.item.text),
              label: d.item.label,
              section: d.section.head ?? d.section.base ?? "",
              fact: {
                unchanged: "did not change",
                existed: `was already in version ${before}`,
                "still-there": "is still in the constitution"
              }[d.fact]
            },
            line: d.line,
            section: d.section.head ?? d.section.base ?? ""
          });
          break;
      }
    }
  }
};

// src/engine/rules/amendment-version-bump.ts
var WORD = { major: "MAJOR", minor: "MINOR", patch: "PATCH" };
var amendmentVersionBump = {
  id: "amendment-version-bump",
  summary: "A constitution amendment whose version bump does not fit the change",
  defaultSeverity: "warning",
  messages: {
    notUpdated: "`{{constitution}}` was amended ({{reason}}), but its version line still says `{{version}}`. spec-kit's `/speckit.constitution` versions every amendment, so plans can tell which version they were checked against. This change calls for a {{level}} bump: set the version to `{{expected}}`.",
    tooSmall: "The version went from `{{before}}` to `{{after}}`, a {{bump}} bump, but {{reason}}, which calls for a {{level}} bump. spec-kit's rule for `/speckit.constitution`: MAJOR when a principle is removed or redefined incompatibly, MINOR when one is added or materially expanded, PATCH for wording. Set the version to `{{expected}}`.",
    tooLarge: "The version went from `{{before}}` to `{{after}}`, a {{bump}} bump, but the amendment only changes wording ({{reason}}): no principle or rule was added, removed or redefined. spec-kit keeps MINOR and MAJOR for changed rules, and a bigger bump tells every plan to re-check for nothing. Set the version to `{{expected}}` (PATCH).",
    irregular: "The version went from `{{before}}` to `{{after}}`, which is not the next {{bump}} version of `{{before}}` (semantic versioning resets the lower parts and skips none). Set it to `{{expected}}`.",
    lower: "The version went down from `{{before}}` to `{{after}}`. An amendment moves the constitution forward, and plans citing `{{before}}` would look newer than the constitution. Set it to `{{expected}}`.",
    missing: "`{{constitution}}` no longer states its version (it was `{{before}}`), so plans cannot cite the version they were checked against. Keep the line `**Version**: {{expected}} | **Ratified**: … | **Last Amended**: …` that spec-kit's template ends with."
  },
  checkAmendment({ amendment: a, report: report2 }) {
    if (a.initial || !a.material || a.required === null) return;
    const { before, after } = a.version;
    if (before === null) return;
    const level = a.required;
    const reason = a.changes[0]?.text ?? "";
    const expected = nextVersion(before, level);
    const line = a.version.line ?? 1;
    const at2 = {
      line,
      ...a.version.column !== null && after !== null ? { column: a.version.column, endColumn: a.version.column + after.length } : {}
    };
    const data = {
      constitution: a.path,
      before,
      after: after ?? "",
      reason,
      level: WORD[level],
      expected
    };
    if (after === null) {
      report2({ messageId: "missing", data, line: 1 });
      return;
    }
    const bump = bumpOf(before, after);
    if (bump.level === "none") {
      report2({ messageId: "notUpdated", data: { ...data, version: after }, ...at2 });
    } else if (bump.level === "lower") {
      report2({ messageId: "lower", data, ...at2 });
    } else if (LEVEL_RANK[bump.level] < LEVEL_RANK[level]) {
      report2({ messageId: "tooSmall", data: { ...data, bump: WORD[bump.level] }, ...at2 });
    } else if (level === "patch" && bump.level !== "patch") {
      report2({ messageId: "tooLarge", data: { ...data, bump: WORD[bump.level] }, ...at2 });
    } else if (!bump.regular) {
      const next = nextVersion(before, bump.level);
      report2({
        messageId: "irregular",
        data: { ...data, bump: WORD[bump.level], expected: next },
        ...at2
      });
    }
  }
};

// src/engine/rules/constitution-missing.ts
var constitutionMissing = {
  id: "constitution-missing",
  summary: "No constitution was found: constitution rules are skipped",
  defaultSeverity: "warning",
  messages: {
    missing: "No constitution was found for this plan (looked for `.specify/memory/constitution.md` in the plan's folder and above, then the other configured locations), so `principle-coverage` and `constitution-version` were skipped. Run `/speckit.constitution` to create one, or set `constitution` in `.github/speckit.yml` to where it lives."
  },
  check({ constitutionState, plan, report: report2 }) {
    if (constitutionState !== "missing") return;
    report2({ messageId: "missing", line: plan.sectionsOf("constitution-check")[0]?.line ?? 1 });
  }
};

// src/engine/rules/constitution-unratified.ts
var constitutionUnratified = {
  id: "constitution-unratified",
  summary: "The constitution is an unfilled template, or has no principles: constitution rules are skipped",
  defaultSeverity: "notice",
  messages: {
    unfilled: "`{{constitution}}` is still spec-kit's unfilled template (it holds `[PRINCIPLE_1_NAME]`-style placeholders), so the plan cannot be checked against it: `principle-coverage`, `gate-justification` and `constitution-version` were skipped. Run `/speckit.constitution` to write the project's principles, then re-run this check.",
    noPrinciples: "No principles could be read from `{{constitution}}` (expected `### I. Name` headings under `## Core Principles`), so `principle-coverage` was skipped. Write the principles in that form, or point `constitution` in `.github/speckit.yml` at the file that holds them."
  },
  check({ constitutionState, constitution, constitutionPath, plan, report: report2 }) {
    const line = plan.sectionsOf("constitution-check")[0]?.line ?? 1;
    if (constitutionState === "unfilled") {
      report2({ messageId: "unfilled", data: { constitution: constitutionPath ?? "" }, line });
    } else if (constitution && constitution.principles.length === 0) {
      report2({ messageId: "noPrinciples", data: { constitution: constitution.path }, line });
    }
  }
};

// src/engine/rules/constitution-version.ts
function same(a, b) {
  const pad = (v) => [...v.split("."), "0", "0"].slice(0, 3).map(Number).join(".");
  return pad(a) === pad(b);
}
var constitutionVersion = {
  id: "constitution-version",
  summary: "The plan cites a constitution version that is not the current one",
  defaultSeverity: "warning",
  needsConstitution: true,
  messages: {
    stale: "The plan cites constitution version `{{cited}}`, but `{{constitution}}` is at version `{{current}}`. The constitution changed since this plan was checked against it, so its gates may be stale. Re-run the Constitution Check against version {{current}} and update the citation.",
    templateDefault: "The plan's footer cites constitution version `2.1.1`: that is spec-kit's plan template's default line, never updated, while `{{constitution}}` is at version `{{current}}`. It tells a reader the plan was checked against a version it never saw. Write the version the Constitution Check was done against (`{{current}}`), or remove the line."
  },
  check({ plan, constitution, report: report2 }) {
    if (!constitution?.version) return;
    const current = constitution.version;
    for (const citation of plan.citations) {
      if (same(citation.version, current)) continue;
      const raw = plan.doc.lines[citation.line - 1] ?? "";
      if (constitution.sectionNumbers?.has(citation.version) && !/v\s?$/iu.test(raw.slice(0, citation.column - 1)))
        continue;
      const boilerplate = citation.version === "2.1.1" && /based on constitution/i.test(raw);
      report2({
        messageId: boilerplate ? "templateDefault" : "stale",
        data: { cited: citation.version, current, constitution: constitution.path },
        line: citation.line,
        column: citation.column,
        endColumn: citation.column + citation.version.length
      });
    }
  }
};

// src/engine/rules/feature-metadata.ts
var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
var featureMetadata = {
  id: "feature-metadata",
  summary: "The Branch/Date header is malformed",
  defaultSeverity: "warning",
  messages: {
    date: "Date {{value}} is not an ISO date. spec-kit writes `YYYY-MM-DD`, which sorts and parses everywhere. Write it as e.g. `2025-03-02`.",
    branch: "Branch {{value}} does not match the feature folder {{folder}}. spec-kit names the branch after the feature folder (`/speckit.specify` creates both), so a mismatch usually means the plan was copied from another feature. Correct the branch name or move the plan."
  },
  check({ plan, planPath, report: report2 }) {
    const { date, branch } = plan.header;
    const clean = (v) => trimEndWith(v.replace(/`/g, "").replace(/^\*+/, ""), (c) => c === "*").trim();
    if (date) {
      const value = clean(date.value).split(/\s+/)[0] ?? "";
      if (value !== "" && !value.startsWith("[") && !ISO_DATE.test(value)) {
        report2({
          messageId: "date",
          data: { value: code(clean(date.value)) },
          line: date.line,
          column: date.column
        });
      }
    }
    if (branch) {
      const value = clean(branch.value).split(/\s+/)[0] ?? "";
      const folder = planPath.split("/").slice(-2, -1)[0] ?? "";
      const number = (s) => /^(\d{3,})-/.exec(s)?.[1];
      if (value === "" || value.startsWith("[") || !number(folder)) return;
      const leaf = value.split("/").at(-1) ?? value;
      const ok = leaf.includes(folder) || number(leaf) !== void 0 && number(leaf) === number(folder);
      if (!ok) {
        report2({
          messageId: "branch",
          data: { value: code(value), folder: code(folder) },
          line: branch.line,
          column: branch.column
        });
      }
    }
  }
};

// src/engine/rules/gate-justification.ts
var STATUS_WORDS2 = {
  fail: "failing",
  pending: "pending",
  unchecked: "unchecked",
  "needs-review": "marked NEEDS REVIEW"
};
function ownReason(gate, template) {
  if (gate.reason.trim() === "") return "";
  if (template && (template.gateTexts.has(normalize(gate.reason)) || template.gateTexts.has(normalize(gate.text))))
    return "";
  let text = replacePlaceholders(gate.reason, template);
  text = text.split(/(?<=[?？])\s*/u).filter((s) => !/[?？]\s*$/u.test(s)).join(" ");
  text = withoutLeadingStatuses(text);
  text = text.replace(/^[\s\-–—:：,.;()[\]|]+/u, "").trim();
  const n = normalize(text);
  if (template && [...template.gateTexts].some((t) => t.length > 0 && (t === n || t.includes(n))))
    return "";
  return text;
}
var cue = termMatcher(JUSTIFICATION_CUES);
var deferral = termMatcher(DEFERRAL_STATUSES);
var exempting = termMatcher(EXEMPTING_LABELS);
function unanswered(text) {
  if (/[?？]/u.test(text)) return true;
  for (const m of text.matchAll(/\[([^[\]]+)\]/gu)) if (STATUS_SLOT.test(m[1] ?? "")) return true;
  return false;
}
var STATUS_SLOT = /[/|✅❌⚠]|\b(?:pass|fail|ok|yes|no|n\/a)\b/iu;
var TRACKED_ID = /\b(?!(?:FR|NFR|SC|US|AC|CHK|REQ|TC|UC)-)[A-Z]{2,10}-\d{1,6}\b|(?<![\w&])#\d{1,6}\b/u;
var RULE_IDS = /(?:\b(?:RULES?|[Rr]ules?|PRINCIPLES?|[Pp]rinciples?|[Aa]rticles?|[Ss]ections?)|§)\s{0,3}[A-Z]{2,10}-\d{1,6}(?:\s{0,3}(?:to|through|and|[,&–—-])\s{0,3}[A-Z]{2,10}-\d{1,6}){0,12}/gu;
function tracked(note) {
  return TRACKED_ID.test(note.includes("-") ? note.replace(RULE_IDS, "") : note);
}
function readNote(gate, reason) {
  if (reason.trim() === "") return "none";
  if (!substantial(reason)) return "short";
  if (gate.status === "fail" && RESTATED.test(reason) && !cue(normalize(reason))) return "restates";
  if (gate.form !== "result" && (TO_FIX.test(withoutRuleText(reason.replace(TO_FIX_STATUS, ""))) || NEED_ITEM.test(reason)) && !NAMED_PHASE.test(reason) && !cue(normalize(reason)) && !tracked(reason))
    return "to-fix";
  if (TEST_FIRST_GATE.test(gate.label) && TESTS_LATER.test(reason)) return "tests-later";
  const status = gate.form === "result" ? gate.text.slice(0, 48) : gate.text.slice(gate.label.length, gate.label.length + 32);
  const opensGap = OPEN_GAP.test(status) && !PLANNED_FIX.test(status);
  if (gate.status !== "unchecked" && gate.status !== "pending" && !opensGap) return "justified";
  if (cue(normalize(reason)) || tracked(reason)) return "justified";
  if (gate.status === "pending" && deferral(normalize(gate.text.replace(gate.label, ""))))
    return "justified";
  return "describes";
}
function justifies(gate, reason) {
  return readNote(gate, reason) === "justified";
}
var NOT_A_REASON = {
  short: "is too short to say why",
  restates: "restates the violation without saying why it is acceptable",
  "to-fix": "says a fix is still to be made",
  describes: "describes the gate, not why leaving it open is acceptable",
  "tests-later": "puts the tests after the code, which is what a test-first principle rules out"
};
var TEST_FIRST_GATE = /test[- ]?first|\btdd\b|test[- ]driven|\btesting\b|测试|テスト|테스트/iu;
var TESTS_LATER = /\btests?\s+will\s+be\s+(?:written|added|created)\s+(?:during|with|after|alongside|later|in\s+(?:a\s+)?later)\b/iu;
function notedInOwnText(gate) {
  if (gate.form !== "item" && gate.form !== "checkbox") return false;
  if (gate.text.trim() !== gate.label.trim()) return false;
  const closing = CLOSING_PARENTHESIS.exec(gate.label)?.[1];
  const afterMark = gate.form === "item" ? withoutLeadingStatuses(gate.label) : gate.label;
  const note = closing ?? (afterMark.length < gate.label.length ? afterMark : "");
  return note !== "" && (cue(normalize(note)) || tracked(note));
}
var CLOSING_PARENTHESIS = /[(（]([^()（）]+)[)）]\s*$/u;
var TO_FIX = /\b(?:must|needs? to|has to|have to|should)\s+(?:be\s+)?(?:fix(?:ed)?|add(?:ed)?|creat(?:e|ed)|writ(?:e|ten)|defin(?:e|ed)|resolv(?:e|ed)|address(?:ed)?|implement(?:ed)?|establish(?:ed)?|configur(?:e|ed)|set\s+up)\b|(?<!\bno\s(?:\w+\s)?)\b(?:fix|work)\s+(?:is\s+)?required\b|\baction(?:\s+required)?\s*[:：]\s*(?:add|create|write|fix|implement|define|resolve)\b|\bneeds?\s+(?:an?\s+)?(?:audit|fix|fixing|work)\b|\bbroken\b|^\s*needs?\s+(?:an?\s+)?\w|\b(?:plan|work|audit|design|decision)\s+needed\b|\bpending\s*;|\bto\s+(?:satisfy|comply\s+with|meet|conform\s+to)\s+(?:the\s+)?(?:constitution|principle)\b/iu;
var NEED_ITEM = new RegExp("\\s[-–—]\\s+needs?\\s+(?!(?:for|of|to be)\\b)(?:an?\\s+)?\\p{L}", "iu");
var TO_FIX_STATUS = /^\s*(?:must fix|fix required|needs? fix(?:ing)?)\b/iu;
function withoutRuleText(reason) {
  return reason.split(/\s[-–—]\s/u).filter((part) => !RULE_LABEL.test(part)).join(" - ");
}
var RULE_LABEL = /^\s*(?:rules?|requirements?|required|mandates?|principles?|constitution(?: says)?|规则|規則|要求|ルール|규칙|regla|regra|règle|regel)\s*[:：]/iu;
var OPEN_GAP = /(?<![\p{L}])(?:gaps?|needs? (?:design|implementation|changes?|tasks?|research)|requires? (?:changes?|update)|needs? update|update needed|not (?:yet )?implemented|to be fixed|requer(?:e)? mudanças?|precisa de mudanças?|requiere cambios?|necesita cambios?)(?![\p{L}])|需要修改|需修改|需要更新|需更新|要変更|要更新|要修正|변경 필요|업데이트 필요|缺口|待修正|待修复|待修復|需要实施|需要實施|未实施|未實施|未实现|未實現|未実装|要対応|未対応|미구현|미조치/iu;
function withoutGapStatus(note) {
  const m = OPEN_GAP_START.exec(note);
  return m && m[0].length < note.length ? note.slice(m[0].length) : note;
}
var OPEN_GAP_START = new RegExp(String.raw`^(?:${OPEN_GAP.source})[\s:：,.\-–—]*`, "iu");
var PLANNED_FIX = /(?<![\p{L}])(?:fix|correction|correctif|corrección|correção)\s+(?:planned|scheduled|planifiée?|prévue?|planificad[oa]|previst[oa]|planejad[oa])|(?:planned|scheduled)\s+fix|修正予定|计划修复|計畫修復|已计划修复/iu;
var NAMED_PHASE = /\b(?:in|during|by|until|before)\s+phase\s+\d/iu;
var RESTATED = /\b(?:(?:major|serious|critical|direct|clear|explicit)\s+(?:violation|breach|conflict)|contradicts|in (?:direct )?(?:opposition|conflict) (?:to|with)|violates)\b/i;
function explainedByResults(gates, rows) {
  const out = /* @__PURE__ */ new Set();
  const waiting = [];
  for (const gate of gates) {
    if (gate.form !== "result") {
      if (needsJustification(gate.status)) waiting.push(gate);
      continue;
    }
    const explainsPending = gate.status === "pass" && mentionsStatus(gate.reason, "pending") && substantial(gate.reason);
    const defers = gate.status === "pending" && deferral(normalize(gate.text)) && justifies(gate, gate.reason);
    const toComplexity = rows > 0 && waiting.length <= rows && complexityWord(normalize(gate.reason));
    for (const g of waiting) {
      if (g.phase !== gate.phase) continue;
      const open = g.status === "pending" || g.status === "unchecked";
      if (toComplexity || defers && open || explainsPending && g.status === "pending")
        out.add(g);
    }
    waiting.length = 0;
  }
  return out;
}
var complexityWord = termMatcher(COMPLEXITY);
function recheckedLater(gates) {
  const passedAfter = /* @__PURE__ */ new Set();
  let firstAfter = Number.POSITIVE_INFINITY;
  let allPassed = true;
  for (const gate of gates) {
    if (gate.phase !== "post-design" || gate.form === "result") continue;
    firstAfter = Math.min(firstAfter, gate.line);
    if (gate.status === "pass") passedAfter.add(normalize(gate.label));
    else if (needsJustification(gate.status)) allPassed = false;
  }
  if (passedAfter.size === 0) return [];
  return gates.filter(
    (gate) => gate.phase === "initial" && needsJustification(gate.status) && (passedAfter.has(normalize(gate.label)) || allPassed && gate.line < firstAfter && (gate.status === "pending" || gate.status === "unchecked") && isPostDesign(gate.label))
  );
}
function principleRecheckedLater(plan, constitution) {
  if (!plan.gates.some((g) => g.phase === "post-design" && g.status === "pass")) return [];
  const byGate = /* @__PURE__ */ new Map();
  const passedAfter = /* @__PURE__ */ new Set();
  const openAfter = /* @__PURE__ */ new Set();
  for (const [principle, gates] of coverage(plan, constitution).gates) {
    for (const gate of gates) {
      if (gate.form === "result") continue;
      if (gate.phase === "post-design") {
        if (gate.status === "pass") passedAfter.add(principle);
        else if (needsJustification(gate.status)) openAfter.add(principle);
      } else if (gate.phase === "initial" && needsJustification(gate.status)) {
        const list = byGate.get(gate);
        if (list) list.push(principle);
        else byGate.set(gate, [principle]);
      }
    }
  }
  return [...byGate].filter(([, ps]) => ps.every((p) => passedAfter.has(p) && !openAfter.has(p))).map(([gate]) => gate);
}
var resolvedLines = /* @__PURE__ */ new WeakMap();
var NO_CONSTITUTION = {};
function resolvedByRecheck(plan, constitution) {
  let byConstitution = resolvedLines.get(plan);
  if (!byConstitution) {
    byConstitution = /* @__PURE__ */ new WeakMap();
    resolvedLines.set(plan, byConstitution);
  }
  const key = constitution ?? NO_CONSTITUTION;
  let lines = byConstitution.get(key);
  if (!lines) {
    const gates = recheckedLater(plan.gates);
    if (constitution) gates.push(...principleRecheckedLater(plan, constitution));
    lines = new Set(gates.map((g) => g.line));
    byConstitution.set(key, lines);
  }
  return lines;
}
var HAN_KANA_ALL = new RegExp(HAN_KANA.source, "gu");
function substantial(text) {
  const cjk = (text.match(HAN_KANA_ALL) ?? []).length;
  return cjk >= 4 || normalize(text).split(" ").filter((w) => w.length > 1).length >= 3;
}
var gateJustification = {
  id: "gate-justification",
  summary: "A failing, pending, unchecked or NEEDS REVIEW gate without justification",
  defaultSeverity: "error",
  messages: {
    capped: "The Constitution Check holds more than {{max}} gates; only the first {{max}} are read, and the gates after line {{line}} are not checked. A real check holds one gate per principle, a few dozen at most: this one is usually generated or pasted in bulk. Keep one gate per principle and move the rest out of the Constitution Check.",
    unjustified: `Gate {{gate}} is {{status}} and nothing justifies it: no reason is written beside it and no Complexity Tracking row names it. spec-kit's plan workflow says "ERROR if violations unjustified"; an unexplained gate lets a violation merge silently. Either make the plan comply and mark the gate passed, or add a Complexity Tracking row naming {{name}} with why it is needed and why the simpler alternative was rejected.`,
    noted: `Gate {{gate}} is {{status}}, and the note beside it, {{note}}, {{why}}; no Complexity Tracking row names it either. spec-kit's plan workflow says "ERROR if violations unjustified": a note that only describes the gap lets a violation merge as if it were accepted. Either make the plan comply and mark the gate passed, or say in the note why the gap is acceptable (deferred to a named phase, not applicable because …, tracked in a ticket), or add a Complexity Tracking row naming {{name}} with why it is needed and why the simpler alternative was rejected.`,
    denied: `Gate {{gate}} is {{status}}, and the Complexity Tracking row that records it (line {{row}}) says it is not justified. spec-kit's plan workflow says "ERROR if violations unjustified": a violation the plan itself calls unjustified is one a reviewer should not merge. Either make the plan comply and mark the gate passed, or justify it in that row: why it is needed, and why the simpler alternative was rejected.`,
    box: `Gate {{gate}} has an unticked box, {{item}}, and nothing justifies it: no reason is written beside it and no Complexity Tracking row names the principle. spec-kit's plan workflow says "ERROR if violations unjustified"; a box left empty is a check this plan has not passed, and a violation could merge silently. Either make the plan comply and tick the box, or write why it is acceptable beside it (deferred to a named phase, not applicable because …), or add a Complexity Tracking row naming {{name}} with why it is needed and why the simpler alternative was rejected.`,
    choice: `Gate {{gate}} still holds the template's choice {{choice}} where its status goes: neither answer was picked, so the gate was never checked. spec-kit's plan workflow says "ERROR if violations unjustified"; a gate left unanswered lets a violation merge unseen. Pick the answer: {{pass}} with how this plan complies, or {{fail}} with a Complexity Tracking row naming {{name}}, why it is needed and why the simpler alternative was rejected.`,
    copied: "Gate {{gate}} is unanswered: it is copied word for word from the repository's template `{{template}}`, question or slot included, with no status of its own. The Constitution Check is answered for each plan: a template gate left as it was checks nothing, and a violation could merge unseen. Answer it: give its status and how this plan complies (e.g. `✅ PASS — <how>`), or mark it N/A with the reason."
  },
  check({ plan, constitution, constitutionState, template, report: report2 }) {
    if (constitutionState === "unfilled") return;
    if (plan.gates.length >= MAX_GATES) {
      const last = plan.gates[plan.gates.length - 1];
      report2({
        messageId: "capped",
        data: { max: thousands(MAX_GATES), line: last.line },
        line: last.line,
        section: "Constitution Check",
        severity: "warning"
      });
    }
    const rows = [];
    const denying = [];
    for (const row of realComplexityRows(plan, template))
      (deniesJustification(row) ? denying : rows).push(row);
    const principles = constitution?.principles ?? [];
    const explained = explainedByResults(plan.gates, rows.length);
    const resolved = resolvedByRecheck(plan, constitution);
    for (let at2 = 0; at2 < plan.gates.length; at2++) {
      const gate = plan.gates[at2];
      const copied = gate.status === "unknown" && template !== null && unanswered(gate.text) && template.gateTexts.has(normalize(gate.text));
      if (!needsJustification(gate.status) && !copied) continue;
      if (gate.scope !== void 0 && exempting(normalize(gate.scope))) continue;
      const denied = copied || gate.form === "result" || denying.length === 0 ? void 0 : rowNaming(gate, denying, principles, plan, at2);
      const boxes = denied ? void 0 : gate.openBoxes;
      let note = "";
      let reading = "none";
      if (!denied) {
        if (justifiedByComplexity(gate, rows, principles, plan, at2)) continue;
        note = copied ? "" : ownReason(boxes ? withoutBoxes(gate) : gate, template);
        reading = readNote(gate, note);
        if (reading === "justified") continue;
        if (notedInOwnText(gate)) continue;
        if (explained.has(gate) || resolved.has(gate.line)) continue;
      }
      const addressed2 = gatePrinciples(gate, principles, plan, at2)[0];
      if (gate.form === "item" && gate.status === "needs-review" && !addressed2) continue;
      const quoted = code(gate.written ?? gate.label, 70);
      const principle = addressed2 ? principleLabel(addressed2) : void 0;
      const name = principle === void 0 ? quoted : code(principle, 70);
      const section = gate.phase === "post-design" ? "Constitution Check (post-design)" : "Constitution Check";
      if (boxes) {
        if (!reportBoxes(gate, boxes, { gate: quoted, name, section, principle }, report2)) break;
        continue;
      }
      const status = gate.form === "label" && gate.status === "unchecked" ? "unanswered" : STATUS_WORDS2[gate.status] ?? gate.status;
      const why = !copied && !denied && reading !== "none" ? NOT_A_REASON[reading] : void 0;
      const choice2 = !copied && !denied && gate.status === "unchecked" ? statusChoice(gate.text.replace(gate.label, "")) : null;
      const message = copied ? { messageId: "copied", data: { gate: quoted, template: template?.path ?? "" } } : denied ? { messageId: "denied", data: { gate: quoted, status, row: denied.line } } : choice2 ? {
        messageId: "choice",
        data: {
          gate: quoted,
          name,
          choice: code(`${choice2.pass}/${choice2.fail}`, 20),
          pass: code(choice2.pass, 10),
          fail: code(choice2.fail, 10)
        }
      } : why ? {
        messageId: "noted",
        data: { gate: quoted, status, name, note: code(withoutGapStatus(note), 70), why }
      } : { messageId: "unjustified", data: { gate: quoted, status, name } };
      const finding = {
        ...message,
        line: gate.line,
        column: gate.column,
        section
      };
      if (principle !== void 0) finding.principle = principle;
      if (!report2(finding)) break;
    }
  }
};
function withoutBoxes(gate) {
  let reason = gate.reason;
  for (const box of gate.openBoxes ?? [])
    if (box.text !== "") reason = reason.replace(box.text, "");
  return { ...gate, reason };
}
function reportBoxes(gate, boxes, heading, report2) {
  for (const box of boxes) {
    if (justifies(gate, box.text)) continue;
    const finding = {
      messageId: "box",
      data: { gate: heading.gate, item: code(box.text, 70), name: heading.name },
      line: box.line,
      column: box.column,
      section: heading.section
    };
    if (heading.principle !== void 0) finding.principle = heading.principle;
    if (!report2(finding)) return false;
  }
  return true;
}

// src/engine/rules/no-option-label.ts
var REMOVE_IF_UNUSED = /\[(?:REMOVE IF UNUSED|XÓA NẾU KHÔNG DÙNG|ELIMINAR SI NO SE USA)\]/i;
var OPTION_WORD = String.raw`(?:Option|Opci[oó]n|Op[cç][aã]o|Opzione|Вариант|Tùy chọn|选项|選項|方案|オプション|옵션)`;
var OPTION = String.raw`${OPTION_WORD}\s*(?:\d+|[A-Z])\s*[:：]`;
var OPTION_LEADING = new RegExp(String.raw`^[\s#>*+-]*(?:__)?(${OPTION})`, "iu");
var OPTION_COMMENT = new RegExp(String.raw`^\s*#+\s*(${OPTION_WORD}\s*[:：])`, "iu");
var BRACKETED_OPTION = new RegExp(String.raw`^[\s#>*+-]*(\[[^\]\n]{2,60}\]\s*${OPTION})`, "iu");
var PLATFORM_CHOICE = /^[\s│├└─|`>*+-]*(ios\/?\s+(?:or|o|ou|oder|или|hoặc|或|或者|または|또는)\s+android\/?)\s*(?:#.*)?$/iu;
function optionLabel(line, inCode) {
  const leading = OPTION_LEADING.exec(line) ?? (inCode ? OPTION_COMMENT.exec(line) : null);
  return leading?.[1] ? { text: leading[1], index: leading[0].length - leading[1].length } : null;
}
var noOptionLabel = {
  id: "no-option-label",
  summary: "`Option N:` or `[REMOVE IF UNUSED]` structure labels left in the plan",
  defaultSeverity: "error",
  messages: {
    label: 'Structure label {{text}} is still in the plan. The template offers several layouts and says "the delivered plan must not include Option labels": the plan should describe the one structure chosen. Delete the unused options and the label, and keep only the real paths.',
    choice: "The template's undecided layout {{text}} is still in the plan. The template's mobile option leaves the platform open, and the plan should describe the one structure chosen. Write the platform this feature builds (`ios/` or `android/`, with its real folders), or delete the line if there is no mobile app."
  },
  check({ plan, report: report2 }) {
    const { doc } = plan;
    doc.lines.forEach((line, k) => {
      if (doc.kinds[k] === "comment") return;
      const choice2 = doc.kinds[k] === "code" || !/android/i.test(line) ? null : PLATFORM_CHOICE.exec(line);
      if (choice2?.[1]) {
        report2({
          messageId: "choice",
          data: { text: code(choice2[1], 60) },
          line: k + 1,
          column: line.indexOf(choice2[1]) + 1,
          section: "Project Structure"
        });
        return;
      }
      const bracketed = line.includes("[") ? BRACKETED_OPTION.exec(line) : null;
      const remove = REMOVE_IF_UNUSED.exec(line) ?? (bracketed?.[1] ? Object.assign([bracketed[1]], { index: line.indexOf(bracketed[1]) }) : null);
      const structure = plan.inSection("project-structure", k + 1);
      const option = structure && !remove ? optionLabel(line, doc.kinds[k] === "code") : null;
      if (!remove && !option) return;
      const index = remove ? remove.index : option?.index ?? 0;
      const text = remove ? line.slice(remove.index).trim() : option?.text ?? "";
      report2({
        messageId: "label",
        data: { text: code(text, 60) },
        line: k + 1,
        column: index + 1,
        section: "Project Structure"
      });
    });
  }
};

// src/engine/rules/no-placeholder.ts
var PHASE = /^phase\s*\d+\+?\s*[:：.-]/i;
var ENTRY_FORMAT = /^\s*[-*+]\s+[A-Za-z][A-Za-z /-]{1,40}:\s*\[[a-z][^[\]]{0,120}\]\s*$/;
var SHELL = /^(?:bash|sh|shell|zsh|fish|console|shellsession|terminal|powershell|pwsh|ps1|cmd|bat)\b/i;
var DIAGRAM = /^(?:mermaid|plantuml|puml|uml|dot|graphviz|d2)\b/i;
var MARKDOWN_FENCE2 = /^(?:markdown|md)\b/i;
function markdownSamples(doc) {
  const inSample = new Uint8Array(doc.lines.length + 2);
  let from = 0;
  for (const block of doc.codeBlocks) {
    if (block.line <= from || !MARKDOWN_FENCE2.test(block.info.trim())) continue;
    let depth = 0;
    let k = block.line;
    for (; k < doc.lines.length; k++) {
      const fence = fenceOpen(doc.lines[k] ?? "");
      if (!fence) continue;
      if (fence.info.trim() !== "") depth++;
      else if (depth === 0) break;
      else depth--;
    }
    inSample.fill(1, block.line, k + 2);
    from = k + 1;
  }
  return inSample;
}
var WHOLE_LINE = /^(\s*(?:\*\*)?)\[([^[\]]{6,300})\](?:\*\*)?\s*$/;
function wholeLineSlot(line, item) {
  const field = line.includes("**") && line.includes("[") ? FIELD_SLOT.exec(line) : null;
  if (field) {
    const inner2 = (field[2] ?? "").trim();
    if (!/\S\s+\S/.test(inner2) && !new RegExp("\\p{Script=Han}.*\\p{Script=Han}.*\\p{Script=Han}.*\\p{Script=Han}|[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]{4}", "u").test(
      inner2
    ))
      return null;
    if (/^(?:NEEDS[ _]CLARIFICATION|(?:what|why|how|which|who|when|where)\b)/i.test(inner2))
      return null;
    if (chosenList(inner2)) return null;
    return { text: `[${field[2] ?? ""}]`, index: (field[1] ?? "").length };
  }
  if (item) return null;
  const m = WHOLE_LINE.exec(line);
  if (!m) return null;
  const inner = (m[2] ?? "").trim();
  if (/^(?:NEEDS[ _]CLARIFICATION|\^|[xX ]$)/.test(inner)) return null;
  if (m[1]?.endsWith("**") !== line.trimEnd().endsWith("**")) return null;
  return { text: `[${m[2] ?? ""}]`, index: (m[1] ?? "").length };
}
function chosenList(inner) {
  const items = inner.split(/[,、，]/u).map((i) => i.trim());
  return items.length >= 2 && items.every(
    (i) => i !== "" && i.length <= 40 && i.split(/\s+/u).length <= 3 && !/[:："“”'‘’]|\b(?:or|and\/or|N\/A|NEEDS)\b|または|など|或|或者|또는|등/u.test(i)
  );
}
var FIELD_SLOT = /^(\s*(?:[-*+]\s+)?\*\*[^*]{1,60}\*\*\s*(?:[:：]\s*){0,2})\[([^[\]]{6,300})\](?![([:])\s*$/u;
function definitions(doc) {
  const labels = /* @__PURE__ */ new Set();
  doc.lines.forEach((line, k) => {
    if (doc.kinds[k] !== "text") return;
    const m = /^ {0,3}\[([^[\]]{1,300})\]:\s*\S/.exec(line);
    if (m) labels.add((m[1] ?? "").toLowerCase());
  });
  return labels;
}
var noPlaceholder = {
  id: "no-placeholder",
  summary: "Template placeholder text left in the plan",
  defaultSeverity: "error",
  messages: {
    placeholder: "Template placeholder {{text}} was never filled in. `/speckit.plan` replaces every bracketed placeholder with the feature's real details; a plan that keeps one leaves reviewers guessing. Replace it with the actual value, or delete it if the item does not apply."
  },
  check({ plan, template, report: report2 }) {
    const { doc } = plan;
    const templateRows = new Set(
      plan.complexityRows.filter((r) => isTemplateRow(r, template)).map((r) => r.line)
    );
    const phaseLines = markLines(
      doc.lines.length,
      plan.sections.filter((s) => PHASE.test(s.title))
    );
    const inPhase = (line) => phaseLines[line] === 1;
    const shell = new Uint8Array(doc.lines.length + 2);
    const diagram = new Uint8Array(doc.lines.length + 2);
    for (const block of doc.codeBlocks) {
      if (SHELL.test(block.info.trim())) shell.fill(1, block.line, block.endLine + 1);
      if (DIAGRAM.test(block.info.trim())) diagram.fill(1, block.line, block.endLine + 1);
    }
    const samples = markdownSamples(doc);
    let defined;
    const literals = quotedLiterals(doc.lines, (k) => doc.kinds[k] === "code", template);
    let more = true;
    for (let k = 0; k < doc.lines.length && more; k++) {
      const line = doc.lines[k] ?? "";
      const kind = doc.kinds[k];
      if (kind === "comment" || kind === "fence" || templateRows.has(k + 1)) continue;
      if (kind === "list-item" && inPhase(k + 1) && ENTRY_FORMAT.test(line)) continue;
      const own = inPhase(k + 1) ? null : template;
      const wrapped2 = (kind === "text" || kind === "list-item") && samples[k + 1] !== 1 ? findWrappedPlaceholder(doc.lines, k, own) : null;
      const found = findPlaceholders(line, kind === "code", own, MAX_FINDINGS_PER_RULE, template);
      if ((kind === "text" || kind === "list-item") && found.length === 0 && samples[k + 1] !== 1 && !inPhase(k + 1)) {
        const whole = wholeLineSlot(line, kind === "list-item");
        if (whole && !(defined ??= definitions(doc)).has(whole.text.slice(1, -1).toLowerCase()))
          found.push(whole);
      }
      const kept = literals.size > 0 ? found.filter((h) => !literals.has(h.text)) : found;
      const hits = shell[k + 1] === 1 ? kept.filter((h) => !h.text.startsWith("<")) : samples[k + 1] === 1 || diagram[k + 1] === 1 ? kept.filter((h) => !h.text.startsWith("[")) : kept;
      for (const hit of wrapped2 ? [...hits, wrapped2] : hits) {
        more = report2({
          messageId: "placeholder",
          data: { text: code(hit.text) },
          line: k + 1,
          column: hit.index + 1,
          // A slot wrapped over lines is annotated on all of them.
          ...hit === wrapped2 ? { endLine: wrapped2.endLine + 1 } : { endColumn: hit.index + hit.text.length + 1 }
        });
        if (!more) break;
      }
    }
  }
};

// src/engine/rules/no-template-comment.ts
var TEMPLATE_COMMENT = /ACTION REQUIRED|REPLACE SAMPLE CONTENT|should be populated based on|These gates are derived from your|Include this section if|Document key technical decisions/i;
var noTemplateComment = {
  id: "no-template-comment",
  summary: "Template instruction comments (`ACTION REQUIRED`) left in the plan",
  defaultSeverity: "notice",
  messages: {
    comment: "Template instruction comment {{text}} is still in the plan. It was written for whoever fills in the template; once the section is filled in it is noise, and it often means the section was not. Check that the section is done, then delete the comment."
  },
  check({ plan, template, report: report2 }) {
    for (const comment of plan.doc.comments) {
      const fromTemplate = template?.comments.has(normalize(comment.text)) ?? false;
      if (!fromTemplate && !TEMPLATE_COMMENT.test(comment.text)) continue;
      report2({
        messageId: "comment",
        data: { text: code(comment.text.split("\n")[0] ?? "", 60) },
        line: comment.line,
        endLine: comment.endLine
      });
    }
  }
};

// src/engine/rules/no-unresolved-clarification.ts
var PHRASE = /NEEDS?[ _]CLARIFICATION/g;
var escape2 = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var MAYBE_TRANSLATED = new RegExp(
  [
    ...new Set(
      CLARIFICATION_MARKERS.map(
        (t) => escape2([...t.split(" ").at(-1) ?? t].slice(0, 5).join(""))
      )
    )
  ].join("|"),
  "iu"
);
var TRANSLATED = new RegExp(
  CLARIFICATION_MARKERS.map((t) => escape2(t).replace(/ /g, "\\s*")).join("|"),
  "giu"
);
var aboutMarkers = termMatcher(CLARIFICATION_CONTEXT);
var stillOpen = termMatcher(CLARIFICATION_PENDING);
var CONTEXT2 = 24;
function mentionsMarkers(line, wide, start, end) {
  if (!wide) return false;
  const before = normalize(line.slice(Math.max(0, start - CONTEXT2), start));
  if (stillOpen(before)) return false;
  return aboutMarkers(before) || aboutMarkers(normalize(line.slice(end, end + CONTEXT2)));
}
var RESOLVED_AFTER = /\s*(?:items?\s+|markers?\s+)?resolutions?(?![\p{L}])|\s*(?:[|:：=]\s*)?(?:0\s*(?:건|개|件|个|個|items?|markers?)?|없음|none|无|無|なし)(?![\p{L}\p{N}])|\s*(?:(?:markers?|items?|questions?|points?)\s*)?(?:(?:are|were|have been|has been|all)\s+)?(?:resolved|addressed|cleared|answered|clarified|absent|remain(?:ing)?\s*(?:[:：]\s*)?(?:0|none)|remain\b)|[^.]{0,40}\b(?:resolved|addressed|cleared|absent)\b|[^。.]{0,40}(?:解消済|解決済|已解决|已解決|已澄清|解消|解決した|已处理)/iuy;
var RESOLVED_BEFORE = /(?<=(?<![\p{L}\p{N}])(?:all|no|zero|0|any remaining|none of the|sin|sem|sans|ohne|kein(?:e|en)?|senza|без|không còn|ningún|ninguna|nenhum|nenhuma|aucun|aucune|nessun)\s+(?:(?:open|remaining|outstanding|unresolved|pending|unanswered|abiertas?|abiertos?|pendientes?|abertas?|abertos?|pendentes?|ouvert(?:e|es|s)?|offenen?|apert[eio]|открытых|нерешённых|нерешенных|оставшихся)\s+)?["'`“[]?)/iuy;
var ANSWERED_BEFORE = /(?<=(?<![\p{L}\p{N}])(?:resolutions?|resolu[çc](?:[ãa]o|[õo]es)|resoluci(?:[óo]n|ones)|r[ée]solutions?|respostas?|respuestas?|answers?|r[ée]ponses?)\s+(?:(?:of|to|for|de|da|das|do|dos|del|a|à|às|aos|aux|para)\s+)?(?:(?:the|os|as|los|las|les)\s+)?(?:all\s+|todas\s+|todos\s+)?["'`“[]?)/iuy;
var NONE_WORDS = String.raw`없음|none|n\/a|无|無|なし|ninguna?|nenhuma?|aucune?|keine|нет`;
var LABEL_NONE = new RegExp(
  String.raw`(?:\*\*|__)\s*[:：]\s*(?:(?:0(?:\s*(?:건|개|件|个|個|items?|markers?))?|${NONE_WORDS})(?=\s*(?:$|[(（.,;:。，、—–-]))|(?:all\s+)?resolved(?![\p{L}\p{N}]))`,
  "iuy"
);
var NONE_CELL = new RegExp(String.raw`\s*\|\s*(?:0|${NONE_WORDS})(?![\p{L}\p{N}])`, "iuy");
var REFERS_AFTER = /\s*(?:items|markers|questions|points|entries|tags)\b|\s+(?:in|from)\s+(?:the\s+)?(?:technical context|spec(?:ification)?\b|spec\.md|research\.md|plan\.md|clarifications? section)/iuy;
var RESOLVED_AT_ONCE = /\s*(?:(?:全て|すべて|全部|均|都|모두)\s*)?(?:解消済|解決済|已解决|已解決|已澄清|해결됨|해결 완료)|\s+(?:(?:are|were|have been|all)\s+)?(?:resolved|cleared)(?![\p{L}\p{N}])/iuy;
var RESOLVED_BEFORE_CJK = /已解决|已澄清|解決済|解消/;
var INSTRUCTION_BEFORE = /(?<=\b(?:use|mark(?:s|ed|ing)?(?:\s+\w+){0,6}\s+as|marked\s+with|if|any|each|every|for|resolve|contains?|flag(?:s|ged|ging)?(?:\s+\w+){0,6}\s+as|marker|markers|explicitly|scan for|search for)\s+["'`“]?)/iy;
var OR_BEFORE = new RegExp(`(?<=${OR_BEFORE_MARKER})`, "iuy");
var FIELD_LINE = /^\s{0,3}(?:[-*+]\s+)?\*\*[^*]{1,60}\*\*\s*[:：]/u;
var VALUE_BEFORE = /[:：,，]\s*$/u;
var QUOTES_BEFORE = /* @__PURE__ */ new Set(["`", '"', "“", "'"]);
var QUOTES_AFTER = /* @__PURE__ */ new Set(["`", '"', "”", "'"]);
var isWord = (c) => c !== void 0 && /\w/.test(c);
function at(re, line, index) {
  re.lastIndex = index;
  return re.test(line);
}
function reader(line) {
  const state = { open: -1, lastOpen: -1, example: false, ticks: 0 };
  let pos = 0;
  return {
    get open() {
      return state.open;
    },
    get lastOpen() {
      return state.lastOpen;
    },
    get example() {
      return state.example;
    },
    get ticks() {
      return state.ticks;
    },
    to(index) {
      for (; pos < index; pos++) {
        const c = line[pos];
        if (c === "[") {
          if (state.open < 0) state.open = pos;
          state.lastOpen = pos;
        } else if (c === "]") {
          state.open = -1;
          state.example = false;
        } else if (c === "`") {
          state.ticks++;
        } else if ((c === "e" || c === "E") && state.open >= 0 && !isWord(line[pos - 1]) && (/g/i.test(line[pos + 1] ?? "") || line[pos + 1] === "." && /g/i.test(line[pos + 2] ?? ""))) {
          state.example = true;
        }
      }
    }
  };
}
var noUnresolvedClarification = {
  id: "no-unresolved-clarification",
  summary: "A `NEEDS CLARIFICATION` marker is still open",
  defaultSeverity: "error",
  messages: {
    open: 'Open question {{text}}. spec-kit\'s Phase 0 must resolve every `NEEDS CLARIFICATION` before design starts ("ERROR if … unresolved"), since the rest of the plan depends on the answer. Resolve it (record the decision in research.md) and write the answer here.'
  },
  check({ plan, constitution, report: emit }) {
    const { doc } = plan;
    let full = false;
    const report2 = (r) => {
      if (!emit(r)) full = true;
      return !full;
    };
    let resolved;
    let gateLines;
    const answeredByRecheck = (line) => (gateLines ??= new Set(plan.gates.map((g) => g.line))).has(line) && (resolved ??= resolvedByRecheck(plan, constitution)).has(line);
    doc.lines.forEach((raw, k) => {
      if (full) return;
      let line = raw;
      if (doc.kinds[k] === "code") {
        const start = raw.includes("CLARIFICATION") ? commentStart(raw) : -1;
        if (start < 0) return;
        line = " ".repeat(start) + raw.slice(start);
      } else if (doc.kinds[k] !== "text" && doc.kinds[k] !== "list-item" && doc.kinds[k] !== "table" && doc.kinds[k] !== "heading")
        return;
      if ((line.includes("CLARIFICATION") || MAYBE_TRANSLATED.test(line)) && answeredByRecheck(k + 1))
        return;
      if (!line.includes("CLARIFICATION")) {
        reportTranslated(line, k, report2);
        return;
      }
      const wide = NON_ASCII.test(line);
      const resolvedCjk = RESOLVED_BEFORE_CJK.exec(line);
      const resolvedCjkEnd = resolvedCjk ? resolvedCjk.index + resolvedCjk[0].length : Infinity;
      const read2 = reader(line);
      let excerpt = { bracket: -1, close: -1, text: "" };
      let nextClose = -2;
      for (const m of line.matchAll(PHRASE)) {
        const end = m.index + m[0].length;
        read2.to(m.index);
        const quoteBefore = previousNonSpace(line, m.index);
        const quoted = QUOTES_BEFORE.has(line[quoteBefore] ?? "") && QUOTES_AFTER.has(line[nextNonSpace(line, end)] ?? "");
        const fieldValue = quoted && line[quoteBefore] === "`" && line[nextNonSpace(line, end)] === "`" && FIELD_LINE.test(line) && VALUE_BEFORE.test(line.slice(Math.max(0, quoteBefore - 3), quoteBefore));
        if (quoted && !fieldValue) continue;
        if (read2.ticks % 2 === 1 && !fieldValue) continue;
        const openBracket = read2.open >= 0;
        if (openBracket && read2.example) continue;
        if (openBracket && at(OR_BEFORE, line, m.index) && orStart(line, m.index) > read2.open)
          continue;
        const c = line[quoteBefore] ?? "";
        const named3 = c === "[" && line[nextNonSpace(line, end)] === "]";
        const labelCell = c === "|" && line.slice(0, quoteBefore).trim() === "" && at(NONE_CELL, line, end);
        const head = line.slice(0, quoteBefore - 1);
        const labelNone = (c === "*" || c === "_") && (head.trim() === "" || LIST_MARKER.exec(head)?.[0] === head) && at(LABEL_NONE, line, end);
        if (labelNone) continue;
        const marker = !named3 && !labelCell && standsAsValue(line, quoteBefore) && !at(RESOLVED_AT_ONCE, line, end);
        if (!marker && mentionsMarkers(line, wide, m.index, end)) continue;
        if (!marker && doc.kinds[k] === "heading" && answeredNone(doc, k)) continue;
        if (!marker && (resolvedCjkEnd <= m.index || at(RESOLVED_BEFORE, line, m.index) || at(ANSWERED_BEFORE, line, m.index) || at(RESOLVED_AFTER, line, end) || at(REFERS_AFTER, line, end) || at(INSTRUCTION_BEFORE, line, m.index) || line.slice(0, m.index).trim() === "" && wrappedResolved(doc, k) || line.slice(end).trim() === "" && resolvedOnNextLine(doc, k)))
          continue;
        if (nextClose !== -1 && nextClose < m.index) nextClose = line.indexOf("]", m.index);
        const bracket = read2.lastOpen;
        let text;
        if (openBracket && nextClose > 0) {
          if (excerpt.bracket !== bracket || excerpt.close !== nextClose) {
            excerpt = {
              bracket,
              close: nextClose,
              text: code(line.slice(bracket, nextClose + 1), 100)
            };
          }
          text = excerpt.text;
        } else {
          text = code(line.slice(m.index, Math.min(line.length, end + 60)).trim(), 100);
        }
        if (!report2({
          messageId: "open",
          data: { text },
          line: k + 1,
          column: (openBracket && nextClose > 0 ? bracket : m.index) + 1
        }))
          return;
      }
      reportTranslated(line, k, report2);
    });
  }
};
function wrappedResolved(doc, k) {
  if (k === 0 || doc.kinds[k] !== "text" || doc.kinds[k - 1] !== "text") return false;
  const before = (doc.lines[k - 1] ?? "").trimEnd();
  if (before === "" || /[.!?。：:]$/u.test(before)) return false;
  const tail = `${before.slice(-60)} `;
  return at(RESOLVED_BEFORE, tail, tail.length) || at(INSTRUCTION_BEFORE, tail, tail.length);
}
var ANSWER_LINES = 4;
function answeredNone(doc, k) {
  for (let n = k + 1; n < doc.lines.length && n <= k + ANSWER_LINES; n++) {
    const kind = doc.kinds[n];
    if (kind === "blank") continue;
    if (kind !== "text" && kind !== "list-item") return false;
    const text = (doc.lines[n] ?? "").replace(LIST_MARKER, "").replace(/[*_]/g, "").trim();
    return NONE_ANSWER.test(text);
  }
  return false;
}
function resolvedOnNextLine(doc, k) {
  if (doc.kinds[k] !== "text" || doc.kinds[k + 1] !== "text") return false;
  const next = (doc.lines[k + 1] ?? "").trimStart();
  if (at(RESOLVED_AFTER, ` ${next.slice(0, 80)}`, 0)) return true;
  const head = normalize(next.slice(0, CONTEXT2));
  return !stillOpen(head) && aboutMarkers(head);
}
function standsAsValue(line, before) {
  const c = line[before] ?? "";
  if (c === "*" && line[before - 1] === "*") {
    const prior = previousNonSpace(line, before - 1);
    const head = line.slice(0, before - 1);
    return prior < 0 || LIST_MARKER.exec(head)?.[0] === head || standsAsValue(line, prior);
  }
  return c === "[" || c === ":" || c === "：" || c === "|";
}
function orStart(line, index) {
  return previousNonSpace(line, index) - 1;
}
function reportTranslated(line, k, report2) {
  if (!MAYBE_TRANSLATED.test(line)) return;
  const wide = NON_ASCII.test(line);
  const read2 = reader(line);
  for (const m of line.matchAll(TRANSLATED)) {
    const before = previousNonSpace(line, m.index);
    read2.to(m.index);
    const openBracket = read2.open >= 0;
    if (openBracket && read2.example) continue;
    if (openBracket && at(OR_BEFORE, line, m.index) && orStart(line, m.index) > read2.open) continue;
    const capitals = m[0] === m[0].toUpperCase() && m[0] !== m[0].toLowerCase();
    const value = standsAsValue(line, before);
    if (!value && !capitals) continue;
    const end = m.index + m[0].length;
    const named3 = line[before] === "[" && line[nextNonSpace(line, end)] === "]";
    if ((named3 || !value) && mentionsMarkers(line, wide, m.index, end)) continue;
    const excerpt = line.slice(m.index, m.index + m[0].length + 60);
    const close = excerpt.indexOf("]");
    const rest = (close >= 0 ? excerpt.slice(0, close + 1) : excerpt).trim();
    if (!report2({
      messageId: "open",
      data: { text: code(rest, 100) },
      line: k + 1,
      column: m.index + 1
    }))
      return;
  }
}
function commentStart(line) {
  const lead = /^\s*\/\/\s/u.exec(line);
  if (lead) return lead[0].length;
  const white = (i) => i < line.length && isWhiteCode(line.charCodeAt(i));
  let content = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const mark = c === "#" ? 1 : c === "/" && line[i + 1] === "/" ? 2 : 0;
    if (mark > 0 && content && i > 0 && white(i - 1) && white(i + mark)) return i + mark + 1;
    if (!white(i)) content = true;
  }
  return -1;
}

// src/engine/rules/plan-too-large.ts
var planTooLarge = {
  id: "plan-too-large",
  summary: "The plan is larger than the configured limit and was not parsed",
  defaultSeverity: "error",
  messages: {
    tooLarge: "The plan is {{size}} bytes, above the {{limit}}-byte limit, so it was not checked. A plan this large is usually generated output or a committed artifact, not a plan a reviewer can read. Split it, or raise `max-plan-bytes` in `.github/speckit.yml` if it really is one plan."
  },
  checkSource({ byteLength: byteLength2, maxBytes }, report2) {
    if (byteLength2 > maxBytes)
      report2({ messageId: "tooLarge", data: { size: byteLength2, limit: maxBytes }, line: 1 });
  }
};

// src/engine/rules/plan-unreadable.ts
var planUnreadable = {
  id: "plan-unreadable",
  summary: "The plan is not UTF-8 text (binary or wrongly encoded) and was not parsed",
  defaultSeverity: "error",
  messages: {
    binary: "The plan is a binary file (it contains NUL bytes), so it was not checked. A plan must be Markdown text. Check that the right file was committed under this name.",
    encoding: "The plan is not valid UTF-8 (first bad byte at offset {{offset}}), so it was not checked. spec-kit plans are UTF-8 Markdown. Re-save the file as UTF-8."
  },
  checkSource({ unreadable }, report2) {
    if (unreadable?.kind === "binary") report2({ messageId: "binary", line: 1 });
    if (unreadable?.kind === "encoding")
      report2({ messageId: "encoding", data: { offset: unreadable.offset }, line: 1 });
  }
};

// src/engine/rules/principle-coverage.ts
var LIST = 6;
var principleCoverage = {
  id: "principle-coverage",
  summary: "A constitution principle that the Constitution Check never addresses",
  defaultSeverity: "error",
  needsConstitution: true,
  messages: {
    uncovered: 'The Constitution Check never addresses principle `{{principle}}`{{nonNegotiable}} of `{{constitution}}` ("{{statement}}"). spec-kit\'s gate requires every principle to be checked before Phase 0 research, or an unchecked principle can be broken unnoticed. Add a gate for it, e.g. `- [x] **{{principle}}**: <how this plan complies>`, or mark it N/A with a reason.',
    undecided: "The Constitution Check has {{unmatched}} of {{units}} gates that name no principle of `{{constitution}}`, so it may check {{principles}} under other names or in another language; speckit-gate cannot tell which. spec-kit's gate requires every principle to be checked before Phase 0 research. Name each principle in its gate, by numeral or by name (e.g. `- [x] **I. {{first}}**: <how this plan complies>`), so that reviewers and this check can see it.",
    unread: "`{{constitution}}` holds {{total}} principles; only the first {{read}} are checked, and the other {{unread}} are not. Real constitutions hold a few dozen at most: a longer one is usually generated, or its sub-headings are read as principles. Keep the principles under `## Core Principles` as `### I. Name` headings and move the rest to other sections, or point the `constitution` setting at the real constitution.",
    noSection: 'The plan has no Constitution Check, so principle `{{principle}}`{{nonNegotiable}} of `{{constitution}}` ("{{statement}}") is never checked. spec-kit\'s gate requires every principle to be checked before Phase 0 research. Add a `## Constitution Check` section with a gate for each principle.'
  },
  check({ plan, constitution, report: report2 }) {
    if (!constitution) return;
    const sections = plan.sectionsOf("constitution-check");
    const line = sections[0]?.line ?? 1;
    if (constitution.unread)
      report2({
        messageId: "unread",
        data: {
          constitution: constitution.path,
          total: constitution.principles.length + constitution.unread,
          read: constitution.principles.length,
          unread: constitution.unread
        },
        line,
        section: "Constitution Check",
        severity: "warning"
      });
    const { covered, unmatched, units } = coverage(plan, constitution);
    const uncovered = constitution.principles.filter((p) => !covered.has(p));
    if (uncovered.length === 0) return;
    const perPrinciple = units <= constitution.principles.length * 1.5;
    const numberedCheck = () => {
      const byNumeral = plan.gates.filter(
        (g) => g.form !== "result" && citedNumeral(g.label, constitution.principles)
      ).length;
      return byNumeral >= 2 && byNumeral * 3 >= (units - unmatched) * 2;
    };
    if (sections.length > 0 && units >= 2 && perPrinciple && // (Nearly one such gate per principle not found: nine for ten, as a translated check of
    // ten rows stands for eleven principles when one row also names a twelfth.)
    unmatched * 10 >= uncovered.length * 9 && unmatched * 2 >= units && !numberedCheck()) {
      const names2 = uncovered.slice(0, LIST).map((p) => code(principleLabel(p), 60));
      const more = uncovered.length > LIST ? ` and ${uncovered.length - LIST} more` : "";
      report2({
        messageId: "undecided",
        data: {
          unmatched,
          units,
          constitution: constitution.path,
          principles: `${names2.join(", ")}${more}`,
          first: uncovered[0]?.name ?? ""
        },
        line,
        section: "Constitution Check"
      });
      return;
    }
    for (const p of uncovered) {
      report2({
        messageId: sections.length === 0 ? "noSection" : "uncovered",
        data: {
          principle: principleLabel(p),
          nonNegotiable: p.nonNegotiable ? " (NON-NEGOTIABLE)" : "",
          constitution: constitution.path,
          statement: p.statement.replaceAll('"', "'") || p.name
        },
        line,
        principle: principleLabel(p),
        section: "Constitution Check"
      });
    }
  }
};

// src/engine/rules/required-section.ts
var REQUIRED2 = [
  "summary",
  "technical-context",
  "constitution-check",
  "project-structure"
];
var WHY = {
  summary: "reviewers need the primary requirement and technical approach in one place",
  "technical-context": "it records the language, dependencies, storage, testing and constraints the design rests on",
  "constitution-check": "it is the gate spec-kit requires before Phase 0 research: every principle of the constitution is checked there",
  "project-structure": "it fixes the real directories the tasks will touch"
};
var requiredSection = {
  id: "required-section",
  summary: "A required plan section is missing",
  defaultSeverity: "error",
  messages: {
    missing: "The plan has no `{{section}}` section. It is part of every spec-kit plan{{source}}: {{why}}. Add a `## {{section}}` heading (any numbering or a translated title is fine) with its content."
  },
  check({ plan, template, report: report2 }) {
    const fromTemplate = template !== null && REQUIRED2.some((k) => template.sections.has(k));
    const required = fromTemplate ? REQUIRED2.filter((k) => k === "constitution-check" || template.sections.has(k)) : REQUIRED2;
    for (const kind of required) {
      if (plan.sectionsOf(kind).length > 0) continue;
      const inTemplate = fromTemplate && template.sections.has(kind);
      report2({
        messageId: "missing",
        data: {
          section: SECTION_NAMES[kind],
          source: inTemplate ? ` (the repository's template \`${template.path}\` has it)` : "",
          why: WHY[kind] ?? ""
        },
        line: 1,
        section: SECTION_NAMES[kind],
        // A plan without a Constitution Check or Technical Context is not done; one without a
        // Summary or Project Structure is incomplete, and a reviewer decides.
        ...kind === "summary" || kind === "project-structure" ? { severity: "warning" } : {}
      });
    }
  }
};

// src/engine/rules/spec-link.ts
var specLink = {
  id: "spec-link",
  summary: "A link to the spec or a sibling artifact points at a file that does not exist",
  defaultSeverity: "warning",
  messages: {
    broken: "Link {{href}} points at {{target}}{{close}}, which does not exist at this commit. The plan's readers (and `/speckit.tasks`) follow it to the spec and design artifacts. Fix the path (it is relative to the plan's folder), or add the missing file."
  },
  check({ plan, planPath, exists, report: report2 }) {
    if (!exists) return;
    for (const link of linksToCheck(planPath, plan)) {
      if (exists(link.target) || link.alternatives.some(exists)) continue;
      report2({
        messageId: "broken",
        data: {
          href: code(link.href),
          target: [link.target, ...link.alternatives].map((t) => `\`${t}\``).join(" (nor at "),
          close: link.alternatives.length > 0 ? ")" : ""
        },
        line: link.line,
        column: link.column
      });
    }
  }
};

// src/engine/rules/technical-context-field.ts
var DEFAULT_FIELDS = [
  "Language/Version",
  "Primary Dependencies",
  "Storage",
  "Testing",
  "Target Platform",
  "Project Type",
  "Performance Goals",
  "Constraints",
  "Scale/Scope"
];
function label(raw) {
  const text = normalize(raw);
  return { text, families: fieldFamilies(text) };
}
function matches(expected, field) {
  if (expected.text === field.text) return true;
  return expected.families.length > 0 && expected.families.some((f) => field.families.includes(f));
}
var EMPTY = /^(?:[-—–_.…]*|\[\s*\]|tbd|todo|\?+)$/i;
var technicalContextField = {
  id: "technical-context-field",
  summary: "A Technical Context field is missing or empty",
  defaultSeverity: "warning",
  messages: {
    missing: "Technical Context has no `{{field}}` field{{source}}. The design and the tasks are derived from these fields; a missing one is a decision nobody made. Add `**{{field}}**: <value>` (write `N/A` when it does not apply, or `NEEDS CLARIFICATION` while it is open).",
    empty: "Technical Context field {{field}} is empty. The design and the tasks are derived from these fields. Write its value, `N/A` when it does not apply, or `NEEDS CLARIFICATION` while it is open.",
    noFields: "Technical Context lists none of the expected fields ({{fields}}). spec-kit plans record them as `**Field**: value` lines so that the design and the tasks can rely on them. Add them in that form."
  },
  check({ plan, template, report: report2 }) {
    const sections = plan.sectionsOf("technical-context");
    const first2 = sections[0];
    if (!first2) return;
    const expected = template && template.fields.length > 0 ? template.fields : DEFAULT_FIELDS;
    const source = template && template.fields.length > 0 ? ` (the repository's template \`${template.path}\` asks for it)` : "";
    const fields = plan.fields;
    for (const field of fields) {
      if (EMPTY.test(field.value.trim())) {
        report2({
          messageId: "empty",
          data: { field: code(field.label) },
          line: field.line,
          column: field.column,
          section: "Technical Context"
        });
      }
    }
    const wanted = expected.map(label);
    const present = fields.map((f) => label(f.label));
    const known = present.filter((f) => wanted.some((e) => matches(e, f)));
    if (known.length === 0) {
      report2({
        messageId: "noFields",
        data: { fields: expected.map((f) => `\`${f}\``).join(", ") },
        line: first2.line,
        section: "Technical Context"
      });
      return;
    }
    for (const [k, name] of expected.entries()) {
      const want = wanted[k];
      if (!want || present.some((f) => matches(want, f))) continue;
      report2({
        messageId: "missing",
        data: { field: name, source },
        line: first2.line,
        section: "Technical Context"
      });
    }
  }
};

// src/engine/rules/template-example-row.ts
var templateExampleRow = {
  id: "template-example-row",
  summary: "Complexity Tracking rows copied from the template",
  defaultSeverity: "error",
  messages: {
    row: "Complexity Tracking row {{text}} is the template's example, not a real entry. The table must list only real violations with their justification, and an example row makes the plan look justified when it is not. Delete the row, or replace it with the actual violation, why it is needed, and why the simpler alternative was rejected."
  },
  check({ plan, template, report: report2 }) {
    for (const row of plan.complexityRows) {
      if (!isTemplateRow(row, template)) continue;
      report2({
        messageId: "row",
        data: { text: code(row.cells[0] ?? "", 50) },
        line: row.line,
        section: "Complexity Tracking"
      });
    }
  }
};

// src/engine/rules/unused-suppression.ts
var unusedSuppression = {
  id: "unused-suppression",
  summary: "A suppression comment that silences nothing, names an unknown rule or gives no reason",
  defaultSeverity: "warning",
  messages: {
    unused: "Suppression comment {{directive}} silences nothing: no finding of {{rules}} is reported {{where}}. A stale suppression hides the next real problem there. Remove the comment, or move it to the line the finding is on.",
    unknown: "Suppression comment {{directive}} names {{unknown}}, which is no speckit-gate rule, so it silences nothing for it. Use the rule id printed with the finding (see docs/rules/README.md).",
    noReason: "Suppression comment {{directive}} gives no reason. A reviewer reading the plan needs to know why the finding does not apply. Add one after ` -- `, e.g. `<!-- speckit-gate-disable-next-line gate-justification -- accepted in ADR-12 -->`."
  }
};
function directiveText(kind, rules2) {
  return code(`speckit-gate-${kind}${rules2.length > 0 ? ` ${rules2.join(", ")}` : ""}`, 90);
}

// src/engine/rules/index.ts
var rules = [
  amendmentDate,
  amendmentSyncReport,
  amendmentVersionBump,
  constitutionMissing,
  constitutionUnratified,
  constitutionVersion,
  featureMetadata,
  gateJustification,
  noOptionLabel,
  noPlaceholder,
  noTemplateComment,
  noUnresolvedClarification,
  planTooLarge,
  planUnreadable,
  principleCoverage,
  requiredSection,
  specLink,
  technicalContextField,
  templateExampleRow,
  unusedSuppression
];
var ruleIds = rules.map((r) => r.id);

// src/engine/suppressions.ts
var DIRECTIVE = /^\s*speckit-gate-(disable-next-line|disable|enable)(?![\w-])/u;
function directives(doc) {
  const found = [];
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m?.[1]) continue;
    const rest = comment.text.slice(m[0].length);
    const dashes = rest.search(/\s--(?:\s|$)/u);
    const rules2 = (dashes < 0 ? rest : rest.slice(0, dashes)).split(/[\s,]+/u).map((r) => r.trim()).filter(Boolean);
    found.push({
      kind: m[1],
      rules: rules2,
      reason: dashes < 0 ? "" : rest.slice(dashes).replace(/^\s--\s*/u, "").trim(),
      line: comment.line,
      endLine: comment.endLine
    });
  }
  return found.map((d, k) => {
    if (d.kind === "disable-next-line") {
      let target = d.endLine + 1;
      while (target <= doc.lines.length && (doc.kinds[target - 1] === "blank" || doc.kinds[target - 1] === "comment"))
        target++;
      return { ...d, target };
    }
    if (d.kind === "disable") {
      const enable = found.slice(k + 1).find(
        (e) => e.kind === "enable" && (e.rules.length === 0 || d.rules.every((r) => e.rules.includes(r)))
      );
      return { ...d, until: enable ? enable.line : doc.lines.length + 1 };
    }
    return d;
  });
}
function covers(d, finding) {
  if (d.rules.length > 0 && !d.rules.includes(finding.rule)) return false;
  if (d.kind === "disable-next-line") return finding.line === d.target;
  if (d.kind === "disable") return finding.line > d.endLine && finding.line < (d.until ?? 0);
  return false;
}
function applySuppressions(findings, list, knownRules, never) {
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  const suppressed = [];
  for (const finding of findings) {
    const by = never.has(finding.rule) ? void 0 : list.find((d) => covers(d, finding));
    if (by) {
      used.add(by);
      suppressed.push({ ...finding, reason: by.reason, directiveLine: by.line });
    } else kept.push(finding);
  }
  const unused = list.filter((d) => d.kind !== "enable").map((directive) => ({
    directive,
    unknown: directive.rules.filter((r) => !knownRules.has(r))
  })).filter(({ directive, unknown }) => unknown.length > 0 || !used.has(directive));
  return { kept, suppressed, unused };
}

// src/engine/template.ts
var HTML_TAGS = /* @__PURE__ */ new Set([
  "template",
  "script",
  "style",
  "slot",
  "html",
  "head",
  "body",
  "main",
  "section",
  "header",
  "footer",
  "nav",
  "article",
  "aside",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "form",
  "button",
  "textarea",
  "svg",
  "iframe",
  "video",
  "audio",
  "canvas",
  "picture",
  "noscript",
  "blockquote",
  "thead",
  "tbody",
  "tfoot",
  "caption",
  "dl",
  "dt",
  "dd",
  "figure",
  "figcaption",
  "meta",
  "fieldset",
  "legend",
  "u",
  "s",
  "small",
  "mark",
  "abbr",
  "del",
  "ins",
  "details",
  "summary",
  "br",
  "hr",
  "p",
  "div",
  "span",
  "img",
  "a",
  "b",
  "i",
  "em",
  "strong",
  "code",
  "pre",
  "sup",
  "sub",
  "kbd",
  "table",
  "tr",
  "td",
  "th",
  "ul",
  "ol",
  "li"
]);
var BRACKET2 = /\[([^[\]]{2,300})\](?![(:[])/g;
function boldLabels(line) {
  const out = [];
  for (const m of line.matchAll(BOLD_LABEL)) {
    const words = (m[1] ?? "").replace(/\[[^[\]]*\]/g, "");
    if (/[\p{L}\p{N}]/u.test(words)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
var BOLD_LABEL = /\*\*([^*]{1,200})\*\*(?=\s?[:：])/gu;
function parseTemplate(path, text) {
  const plan = parsePlan(text);
  const doc = plan.doc;
  const sections = /* @__PURE__ */ new Set();
  for (const s of buildSections(doc)) for (const k of s.kinds) sections.add(k);
  const placeholders = /* @__PURE__ */ new Set();
  doc.lines.forEach((line, k) => {
    if (doc.kinds[k] === "comment") return;
    const labels = boldLabels(line);
    for (const m of line.matchAll(BRACKET2)) {
      const inner = (m[1] ?? "").trim();
      if (/^[ xX]$/.test(inner)) continue;
      if (labels.some(([from, to]) => m.index >= from && m.index + m[0].length <= to)) continue;
      const n = normalize(inner);
      if (n.length > 0) placeholders.add(n);
    }
  });
  const angles = /* @__PURE__ */ new Set();
  doc.lines.forEach((line, k) => {
    if (doc.kinds[k] === "comment") return;
    const examples = line.includes("<") ? [...line.matchAll(BRACKET2)].filter((m) => isExample(m[1] ?? "")).map((m) => [m.index, m.index + m[0].length]) : [];
    let e = 0;
    for (const m of line.matchAll(/<([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)>/g)) {
      while (e < examples.length && (examples[e]?.[1] ?? 0) <= m.index) e++;
      const example = examples[e];
      if (example && m.index > example[0]) continue;
      if (!HTML_TAGS.has((m[1] ?? "").toLowerCase())) angles.add(m[0]);
    }
  });
  const comments = new Set(doc.comments.map((c) => normalize(c.text)).filter(Boolean));
  const gateTexts = /* @__PURE__ */ new Set();
  for (const gate of plan.gates) {
    gateTexts.add(normalize(gate.reason));
    gateTexts.add(normalize(gate.text));
  }
  const fields = plan.fields.map((f) => f.label).filter((l) => plainText(l) !== "");
  return {
    path,
    sections,
    fields: [...new Set(fields)],
    placeholders,
    angles,
    comments,
    gateTexts
  };
}
var templateOf = memoized(parseTemplate);

// src/engine/check.ts
function read(file, maxBytes) {
  if ("text" in file) {
    const text = file.text;
    const size = text.length > maxBytes || text.length * 3 <= maxBytes ? text.length : byteLength(text);
    const binary = text.slice(0, 8e3).includes("\0");
    return {
      text: binary ? null : text.replace(/^\uFEFF/, ""),
      info: { byteLength: size, maxBytes, unreadable: binary ? { kind: "binary" } : null }
    };
  }
  if (file.bytes.length > maxBytes)
    return { text: null, info: { byteLength: file.bytes.length, maxBytes, unreadable: null } };
  const decoded = decode(file.bytes);
  return {
    text: decoded.text?.replace(/^\uFEFF/, "") ?? null,
    info: { byteLength: file.bytes.length, maxBytes, unreadable: decoded.unreadable }
  };
}
function severityOf(rule, config) {
  return config.rules[rule.id] ?? rule.defaultSeverity;
}
function reportSeverity(severity, r, configured) {
  return configured ? severity : r.severity ?? severity;
}
function toFinding(rule, severity, r, configured = false) {
  const template = rule.messages[r.messageId] ?? r.messageId;
  const finding = {
    rule: rule.id,
    severity: reportSeverity(severity, r, configured),
    line: Math.max(1, r.line),
    endLine: Math.max(r.line, r.endLine ?? r.line, 1),
    message: formatMessage(template, r.data),
    docs: docsPath(rule.id)
  };
  if (r.column !== void 0) finding.column = r.column;
  if (r.endColumn !== void 0) finding.endColumn = r.endColumn;
  if (r.principle !== void 0) finding.principle = r.principle;
  if (r.section !== void 0) finding.section = r.section;
  return finding;
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule)
  );
}
function truncation(rule, severity, line, column, more) {
  const counted = more > 0 ? ` (${more} more reported before it stopped looking)` : "";
  return {
    rule: rule.id,
    severity,
    line: Math.max(1, line),
    endLine: Math.max(1, line),
    // Right after the last finding listed, so that it sorts after it.
    column,
    message: `\`${rule.id}\` found ${thousands(MAX_FINDINGS_PER_RULE)} problems in this plan and lists no more${counted}: a plan with this many is usually generated or pasted in bulk. Fix the ones listed (or the generator), then check again to see the rest.`,
    docs: docsPath(rule.id)
  };
}
function conventionsApart(template, constitution) {
  if (constitution === null) return template;
  const conventions = [...template.angles].filter((a) => constitution.includes(a));
  const named3 = /* @__PURE__ */ new Set();
  for (const m of constitution.matchAll(CONSTITUTION_BRACKET)) {
    const n = normalize(m[1] ?? "");
    if (template.placeholders.has(n)) named3.add(n);
  }
  if (conventions.length === 0 && named3.size === 0) return template;
  return {
    ...template,
    angles: new Set([...template.angles].filter((a) => !conventions.includes(a))),
    placeholders: new Set([...template.placeholders].filter((p) => !named3.has(p)))
  };
}
var CONSTITUTION_BRACKET = /\[([^[\]\n]{2,60})\](?![(:[])/g;
function checkPlan(input2) {
  const path = normalizePath(input2.plan.path);
  const findings = [];
  const active = rules.flatMap((rule) => {
    const severity = severityOf(rule, input2.config);
    const configured = input2.config.rules[rule.id] !== void 0;
    return severity === "off" ? [] : [{ rule, severity, configured }];
  });
  const plan = read(input2.plan, input2.config.maxPlanBytes);
  for (const { rule, severity } of active) {
    rule.checkSource?.(plan.info, (r) => findings.push(toFinding(rule, severity, r)));
  }
  if (plan.text === null || plan.info.byteLength > plan.info.maxBytes || findings.length > 0) {
    return {
      path,
      constitution: input2.constitution ? normalizePath(input2.constitution.path) : null,
      verdict: findings.some((f) => f.severity === "error") ? "fail" : "skipped",
      findings: sortFindings(findings),
      suppressed: 0,
      gates: [],
      principles: [],
      constitutionSkipped: true
    };
  }
  const parsedPlan = parsedOnce(input2.plan, plan.text);
  const known = linksRead.get(input2.plan);
  if (known && known.path === path) rememberLinks(parsedPlan, path, known.links);
  let constitution = null;
  let constitutionState = "missing";
  let constitutionText = null;
  if (input2.constitution) {
    const text = read(input2.constitution, Number.MAX_SAFE_INTEGER).text;
    constitutionText = text;
    if (text !== null) {
      const parsed = constitutionOf(normalizePath(input2.constitution.path), text);
      constitutionState = parsed.unfilled ? "unfilled" : "found";
      constitution = parsed.unfilled ? null : parsed;
    }
  }
  const templateText = input2.template ? read(input2.template, Number.MAX_SAFE_INTEGER).text : null;
  const template = input2.template && templateText !== null ? conventionsApart(
    templateOf(normalizePath(input2.template.path), templateText),
    constitutionText
  ) : null;
  for (const { rule, severity, configured } of active) {
    if (!rule.check) continue;
    if (rule.needsConstitution && constitutionState !== "found") continue;
    let listed = 0;
    let more = 0;
    let last = 1;
    let lastColumn = 0;
    rule.check({
      planPath: path,
      plan: parsedPlan,
      constitution,
      constitutionState,
      constitutionPath: input2.constitution ? normalizePath(input2.constitution.path) : null,
      template,
      ...input2.exists ? { exists: input2.exists } : {},
      report: (r) => {
        if (listed >= MAX_FINDINGS_PER_RULE) {
          more++;
          return false;
        }
        findings.push(toFinding(rule, severity, r, configured));
        last = r.line;
        lastColumn = r.column ?? 0;
        return ++listed < MAX_FINDINGS_PER_RULE;
      }
    });
    if (listed >= MAX_FINDINGS_PER_RULE)
      findings.push(truncation(rule, severity, last, lastColumn + 1, more));
  }
  const suppression = suppress(findings, parsedPlan, active);
  findings.length = 0;
  for (const f of suppression.kept) findings.push(f);
  const saysSo = (id) => active.some((a) => a.rule.id === id);
  const unjudged = constitutionState === "missing" && saysSo("constitution-missing") || constitutionState !== "missing" && (constitution?.principles.length ?? 0) === 0 && saysSo("constitution-unratified");
  const failed = findings.some((f) => f.severity === "error");
  return {
    path,
    constitution: input2.constitution ? normalizePath(input2.constitution.path) : null,
    verdict: failed ? "fail" : unjudged ? "skipped" : "pass",
    findings: sortFindings(findings),
    suppressed: suppression.suppressed.length,
    ...suppression.suppressed.length > 0 ? { suppressions: sortFindings(suppression.suppressed) } : {},
    gates: gateSummaries(parsedPlan, constitution),
    principles: constitution ? principleSummaries(parsedPlan, constitution) : [],
    constitutionSkipped: constitutionState !== "found" || (constitution?.principles.length ?? 0) === 0
  };
}
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set([unusedSuppression.id, "plan-unreadable", "plan-too-large"]);
function suppress(findings, plan, active) {
  const list = directives(plan.doc);
  if (list.length === 0) return { kept: [...findings], suppressed: [] };
  const { kept, suppressed, unused } = applySuppressions(
    findings,
    list,
    new Set(ruleIds),
    UNSUPPRESSIBLE
  );
  const self = active.find((a) => a.rule.id === unusedSuppression.id);
  if (!self) return { kept, suppressed };
  const report2 = (r) => {
    kept.push(toFinding(self.rule, self.severity, r, self.configured));
  };
  for (const { directive, unknown } of unused) {
    const data = {
      directive: directiveText(directive.kind, directive.rules),
      rules: directive.rules.length > 0 ? directive.rules.map((r) => `\`${r}\``).join(", ") : "any rule",
      where: directive.kind === "disable-next-line" ? `on line ${directive.target ?? directive.endLine + 1}` : `between line ${directive.endLine + 1} and line ${(directive.until ?? directive.endLine + 1) - 1}`,
      unknown: unknown.map((r) => `\`${r}\``).join(", ")
    };
    report2({
      messageId: unknown.length > 0 ? "unknown" : "unused",
      data,
      line: directive.line,
      endLine: directive.endLine
    });
  }
  for (const directive of list) {
    if (directive.kind === "enable" || directive.reason !== "") continue;
    report2({
      messageId: "noReason",
      data: { directive: directiveText(directive.kind, directive.rules) },
      line: directive.line,
      endLine: directive.endLine
    });
  }
  return { kept, suppressed };
}
function gateSummaries(plan, constitution) {
  const principlesOf = /* @__PURE__ */ new Map();
  if (constitution) {
    for (const [p, gates] of coverage(plan, constitution).gates) {
      for (const g of gates) {
        const list = principlesOf.get(g.line);
        if (!list) principlesOf.set(g.line, [p]);
        else if (!list.includes(p)) list.push(p);
      }
    }
  }
  return plan.gates.map((g, at2) => {
    const summary = { label: g.label, status: g.status, line: g.line };
    if (g.reason) summary.reason = g.reason.length > 200 ? `${g.reason.slice(0, 199)}…` : g.reason;
    const list = principlesOf.get(g.line);
    if (list !== void 0 && constitution) {
      const named3 = list.length > 1 ? gatePrinciples(g, constitution.principles, plan, at2).find((p) => list.includes(p)) : void 0;
      summary.principle = principleLabel(named3 ?? list[0]);
    }
    summary.phase = g.phase;
    return summary;
  });
}
function principleSummaries(plan, constitution) {
  const { gates, covered } = coverage(plan, constitution);
  return constitution.principles.map((p) => {
    const own = gates.get(p) ?? [];
    let status = covered.has(p) ? "unknown" : "missing";
    const latest = own.some((g) => g.phase === "post-design") ? own.filter((g) => g.phase === "post-design") : own;
    const known = latest.filter((g) => g.status !== "unknown");
    const judged = known.length > 0 ? known : latest;
    if (judged.length > 0) {
      status = judged.map((g) => g.status).reduce((a, b) => statusRank(b) > statusRank(a) ? b : a);
    }
    return { id: p.id, name: p.name, status };
  });
}
var lastParsed = null;
function parsedOnce(file, text) {
  const known = lastParsed;
  lastParsed = null;
  return known !== null && known.file === file && known.text === text ? known.plan : parsePlan(text);
}
var linksRead = /* @__PURE__ */ new WeakMap();

// src/engine/batch.ts
function supportingPaths(planPaths, config) {
  const out = /* @__PURE__ */ new Set();
  for (const plan of planPaths) {
    for (const p of candidatePaths(plan, config.constitution)) out.add(p);
    for (const p of candidatePaths(plan, config.template)) out.add(p);
  }
  return [...out];
}
function checkPlans(plans, lookup, config, exists) {
  const first2 = (paths2) => {
    for (const p of paths2) {
      const file = lookup(p);
      if (file) return file;
    }
    return null;
  };
  return plans.map(
    (plan) => checkPlan({
      plan,
      constitution: constitutionFor(plan.path, lookup, config),
      template: first2(candidatePaths(plan.path, config.template)),
      config,
      ...exists ? { exists } : {}
    })
  );
}
function constitutionFor(planPath, lookup, config) {
  let fallback = null;
  for (const path of candidatePaths(planPath, config.constitution)) {
    const file = follow(lookup(path), lookup);
    if (!file) continue;
    if (judges(file)) return file;
    fallback ??= file;
  }
  return fallback;
}
function judges(file) {
  const text = textOf(file);
  if (text === null) return false;
  const parsed = constitutionOf(normalizePath(file.path), text);
  return !parsed.unfilled && parsed.principles.length > 0;
}
function textOf(file) {
  return "text" in file ? file.text : decode(file.bytes).text;
}
function follow(file, lookup) {
  if (!file) return null;
  for (const target of pointerChain(file, lookup)) {
    if (isConstitutionPath(target)) return lookup(target) ?? file;
  }
  return file;
}
function pointerChain(file, lookup, through = true) {
  const text = textOf(file);
  const first2 = text === null ? null : constitutionPointer(file.path, text, { through });
  if (!first2) return [];
  if (isConstitutionPath(first2)) return [first2];
  const middle = lookup(first2);
  const middleText = middle ? textOf(middle) : null;
  const second = middleText === null ? null : constitutionLink(first2, middleText);
  return second && second !== file.path ? [first2, second] : [first2];
}

// src/cli/git.ts
import { execFileSync } from "node:child_process";
var GitError = class extends Error {
  constructor(args, stderr) {
    super(stderr.trim().split("\n").at(-1) || `git ${args.join(" ")} failed`);
    this.args = args;
    this.stderr = stderr;
  }
  args;
  stderr;
  name = "GitError";
};
var runGit = (args, cwd) => {
  try {
    return execFileSync("git", [...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
    });
  } catch (error) {
    const { stderr, message } = error;
    const text = stderr ? String(stderr) : message ?? String(error);
    throw new GitError(args, text);
  }
};
function paths(output) {
  return output.split("\0").filter((p) => p !== "");
}
var DIFF_NAMES = [
  "diff",
  "--name-only",
  "-z",
  "--no-renames",
  "--diff-filter=ACMRT",
  "--relative"
];
function changedBetween(git, cwd, base, head) {
  return paths(git([...DIFF_NAMES, base, head, "--"], cwd)).sort();
}

// src/action/run.ts
import { appendFileSync, mkdirSync, readFileSync as readFileSync3, writeFileSync } from "node:fs";
import { dirname as dirname4, join as join3, resolve as resolve4 } from "node:path";

// src/config/config.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);

// src/config/schema.ts
var configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/speckit-gate/speckit-gate/schema/speckit.schema.json",
  title: "speckit-gate configuration (.github/speckit.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    _extends: {
      type: "string",
      description: "Inherit settings from another repository's .github/speckit.yml (Probot's `_extends`), e.g. `my-org/.github`."
    },
    plans: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 500
      },
      minItems: 1,
      maxItems: 100,
      description: "Globs of the plan files to check, relative to the repository root."
    },
    constitution: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 500
      },
      minItems: 1,
      maxItems: 20,
      description: "Where the constitution lives, in order of preference. A relative path is searched for from the plan's folder upwards to the repository root; a path starting with `/` is taken from the root only."
    },
    template: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 500
      },
      maxItems: 20,
      description: "Where the repository's own plan template lives, searched like `constitution`. An empty list disables template-derived checks."
    },
    rules: {
      type: "object",
      description: "Severity per rule id: error, warning, notice or off.",
      propertyNames: {
        enum: [
          "amendment-date",
          "amendment-sync-report",
          "amendment-version-bump",
          "constitution-missing",
          "constitution-unratified",
          "constitution-version",
          "feature-metadata",
          "gate-justification",
          "no-option-label",
          "no-placeholder",
          "no-template-comment",
          "no-unresolved-clarification",
          "principle-coverage",
          "required-section",
          "spec-link",
          "technical-context-field",
          "template-example-row",
          "plan-too-large",
          "plan-unreadable",
          "unused-suppression"
        ]
      },
      additionalProperties: {
        enum: ["error", "warning", "notice", "off"]
      }
    },
    "check-name": {
      type: "string",
      minLength: 1,
      maxLength: 100,
      description: "Name of the check run on GitHub (the name to mark as required)."
    },
    comment: {
      enum: ["always", "failures", "never"],
      description: "When to post the sticky summary comment on pull requests: always (whenever a plan changed), failures (only while something fails; an existing comment is still updated), never."
    },
    "push-branches": {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 255
      },
      maxItems: 100,
      description: "Branches (globs) whose pushes are checked, besides the default branch."
    },
    "max-plan-bytes": {
      type: "integer",
      minimum: 1024,
      maximum: 52428800,
      description: "Plans larger than this are not parsed; they get one `plan-too-large` finding."
    },
    amendments: {
      enum: ["warn", "block", "off"],
      description: "What the App and `speckit-gate impact` do with a change to the constitution: warn (the amendment's findings are warnings, its impact on the plans is listed), block (its findings are errors, so the check fails), off (amendments are not checked)."
    },
    "max-run-bytes": {
      type: "integer",
      minimum: 65536,
      maximum: 104857600,
      description: "The App's work budget per run: the bytes of plans one run checks, each plan counting at least 4096. Plans beyond it, in path order, are not checked and fail with a `plan-too-large` finding."
    }
  }
};

// src/config/config.ts
var CONFIG_PATH = ".github/speckit.yml";
var DEFAULT_CONFIG = {
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
    "/CONSTITUTION.md"
  ],
  template: [
    ".specify/templates/overrides/plan-template.md",
    ".specify/templates/plan-template.md"
  ],
  rules: {},
  checkName: "speckit-gate",
  comment: "always",
  pushBranches: [],
  maxPlanBytes: 1024 * 1024,
  maxRunBytes: 4 * 1024 * 1024,
  amendments: "warn"
};
var ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
var validateSchema = ajv.compile(configSchema);
function describe(error) {
  const where = error.instancePath === "" ? "the top level" : `\`${error.instancePath.slice(1).replaceAll("/", ".")}\``;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(configSchema.properties).filter((k) => k !== "_extends");
      return `Unknown setting \`${key}\` at ${where}. Known settings: ${known.map((k) => `\`${k}\``).join(", ")}.`;
    }
    case "propertyNames":
      return `Unknown rule id \`${String(error.params.propertyName)}\` under \`rules\`. See docs/rules/ for the rule ids.`;
    case "enum":
      return `Invalid value at ${where}: must be one of ${error.params.allowedValues.map((v) => `\`${String(v)}\``).join(", ")}.`;
    case "type":
      return `Invalid value at ${where}: must be ${String(error.params.type)}.`;
    case "maxItems":
      return `Too many entries at ${where}: at most ${String(error.params.limit)}.`;
    default:
      return `Invalid value at ${where}: ${error.message ?? "not allowed"}.`;
  }
}
function resolveConfig(raw) {
  if (raw === null || raw === void 0) return { ok: true, config: DEFAULT_CONFIG };
  if (!validateSchema(raw)) {
    const errors = (validateSchema.errors ?? []).filter((e) => !(e.keyword === "enum" && e.propertyName !== void 0)).map((e) => ({
      message: describe(e),
      pointer: e.keyword === "additionalProperties" ? `${e.instancePath}/${String(e.params.additionalProperty)}` : e.keyword === "propertyNames" ? `${e.instancePath}/${String(e.params.propertyName)}` : e.instancePath
    }));
    return { ok: false, errors: dedupe(errors) };
  }
  const value = raw;
  const config = {
    plans: value.plans ?? DEFAULT_CONFIG.plans,
    constitution: value.constitution ?? DEFAULT_CONFIG.constitution,
    template: value.template ?? DEFAULT_CONFIG.template,
    rules: value.rules ?? {},
    checkName: value["check-name"] ?? DEFAULT_CONFIG.checkName,
    comment: value.comment ?? DEFAULT_CONFIG.comment,
    pushBranches: value["push-branches"] ?? DEFAULT_CONFIG.pushBranches,
    maxPlanBytes: value["max-plan-bytes"] ?? DEFAULT_CONFIG.maxPlanBytes,
    maxRunBytes: value["max-run-bytes"] ?? DEFAULT_CONFIG.maxRunBytes,
    amendments: value.amendments ?? DEFAULT_CONFIG.amendments
  };
  return { ok: true, config };
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.pointer}\0${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function parseConfigText(text) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          message: `\`${CONFIG_PATH}\` is not valid YAML: ${e.message.split("\n")[0] ?? e.message}`,
          pointer: "",
          line: pos.line,
          column: pos.col
        };
      })
    };
  }
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return { ok: false, errors: [valueError(doc, lineCounter, error)] };
  }
  const result = resolveConfig(raw === null ? {} : raw);
  if (result.ok) return result;
  return { ok: false, errors: locateConfigErrors(text, result.errors) };
}
var MAX_ALIASES = 100;
function valueError(doc, lineCounter, error) {
  let first2 = null;
  (0, import_yaml.visit)(doc, {
    Alias(_key, node) {
      if (node.range) first2 = node.range[0];
      return import_yaml.visit.BREAK;
    }
  });
  const pos = first2 === null ? { line: 1, col: 1 } : lineCounter.linePos(first2);
  const reason = error instanceof Error ? error.message : String(error);
  const why = /alias count/i.test(reason) ? `its aliases (\`*name\`) expand to more than ${MAX_ALIASES} values, which a configuration never needs (it is how "billion laughs" files exhaust memory). Write the values out instead of aliasing them` : reason;
  return {
    message: `\`${CONFIG_PATH}\` cannot be read: ${why}.`,
    pointer: "",
    line: pos.line,
    column: pos.col
  };
}
function locateConfigErrors(text, errors) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter });
  return errors.map((error) => {
    const node = nodeAt(doc.contents, error.pointer);
    if (!node?.range) return { ...error, line: 1, column: 1 };
    const pos = lineCounter.linePos(node.range[0]);
    return { ...error, line: pos.line, column: pos.col };
  }).sort((a, b) => a.line - b.line || a.column - b.column);
}
function nodeAt(root, pointer) {
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const part = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if ((0, import_yaml.isMap)(node)) {
      const pair2 = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === part);
      if (!pair2) return node;
      node = pair2.value ?? pair2.key;
      if (part === pointer.split("/").at(-1) && (0, import_yaml.isScalar)(pair2.key)) node = pair2.key;
    } else if ((0, import_yaml.isSeq)(node)) {
      node = node.items[Number(part)] ?? node;
    } else {
      return node;
    }
  }
  return node;
}

// src/render/counts.ts
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var SEVERITY_RANK = {
  error: 0,
  warning: 1,
  notice: 2
};
function suppressedText(n) {
  return `${n} suppressed`;
}
function countsText(findings, suppressed = 0) {
  const parts3 = ["error", "warning", "notice"].map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => plural(n, s));
  if (suppressed > 0) parts3.push(suppressedText(suppressed));
  return parts3.length === 0 ? "no findings" : parts3.join(", ");
}

// src/render/inert.ts
var JOINER2 = "⁠";
function range(from, to) {
  const hex = (n) => `\\u${n.toString(16).padStart(4, "0")}`;
  return from === to ? hex(from) : `${hex(from)}-${hex(to)}`;
}
var DROPPED = new RegExp(
  `[${[
    [0, 8],
    [14, 31],
    [127, 159],
    [1564, 1564],
    [8206, 8207],
    [8234, 8238],
    [8294, 8297]
  ].map(([from, to]) => range(from, to)).join("")}]`,
  "g"
);
var SPACES = /[ \t\n\v\f\r]+/g;
function collapse(text) {
  return text.replace(DROPPED, "").replace(SPACES, " ");
}
function oneLine(text) {
  return collapse(text).trim();
}
var LINKABLE = /[@#](?=[\p{L}\p{N}_])|:(?=\/\/)|(?<=gh)-(?=\d)|www(?=\.)/giu;
function unlinked(text) {
  return text.replace(LINKABLE, (m) => m + JOINER2);
}
var INLINE_MARKUP = /[\\`*_[\]!~$<>&|]/g;
var ENTITY = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "|": "&#124;"
};
var LEADING_MARKER = /^(?:[#+=-]|\d{1,9}(?=[.)]))/;
function inertText(text) {
  return escapeInline(oneLine(text));
}
function escapeInline(text) {
  const out = unlinked(collapse(text)).replace(INLINE_MARKUP, (c) => ENTITY[c] ?? `\\${c}`);
  const lead = LEADING_MARKER.exec(out);
  if (!lead) return out;
  const at2 = /^\d/.test(lead[0]) ? lead[0].length : 0;
  return `${out.slice(0, at2)}\\${out.slice(at2)}`;
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}
function inertCode(text, options = {}) {
  let content = oneLine(text);
  if (content === "") return "` `";
  if (options.table) {
    content = escapePipes(content);
  }
  const fence = "`".repeat(longestBacktickRun(content) + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function inertMessage(message, options = {}) {
  const text = oneLine(message);
  const runs = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] !== "`") {
      i++;
      continue;
    }
    let j = i;
    while (text[j] === "`") j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  const next = [];
  const seen = /* @__PURE__ */ new Map();
  for (let r = runs.length - 1; r >= 0; r--) {
    next[r] = seen.get(runs[r].length);
    seen.set(runs[r].length, r);
  }
  let out = "";
  let from = 0;
  for (let r = 0; r < runs.length; r++) {
    const close = next[r];
    if (close === void 0) continue;
    const open = runs[r];
    const last = runs[close];
    out += escapeInline(text.slice(from, open.start));
    let code2 = text.slice(open.start + open.length, last.start);
    if (code2.length > 2 && code2.startsWith(" ") && code2.endsWith(" ") && code2.trim() !== "") {
      code2 = code2.slice(1, -1);
    }
    out += inertCode(code2, options);
    from = last.start + last.length;
    r = close;
  }
  return out + escapeInline(text.slice(from));
}
function encodePath(path) {
  return path.split("/").map(
    (segment) => encodeURIComponent(segment).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
}
function escapePipes(text) {
  let out = "";
  let run = 0;
  for (const ch of text) {
    if (ch === "\\") {
      run++;
      continue;
    }
    out += ch === "|" ? `${"\\".repeat(2 * run)}\\|` : `${"\\".repeat(run)}${ch}`;
    run = 0;
  }
  return out + "\\".repeat(run);
}

// src/render/links.ts
var HOMEPAGE = "https://github.com/speckit-gate/speckit-gate";
var DOCS_BASE_URL = `${HOMEPAGE}/blob/main/`;
function docsUrl(docs, base = DOCS_BASE_URL) {
  return /^https?:\/\//.test(docs) ? docs : base + docs.replace(/^\/+/, "");
}
function blobUrl(links, path, line, endLine) {
  const encoded = encodePath(path);
  const anchor = line === void 0 ? "" : endLine !== void 0 && endLine > line ? `#L${line}-L${endLine}` : `#L${line}`;
  return `${links.repoUrl}/blob/${links.sha}/${encoded}${anchor}`;
}

// src/render/suppressed.ts
function suppressedCount(result) {
  return result.suppressed ?? result.suppressions?.length ?? 0;
}
function suppressedTotal(results) {
  return results.reduce((n, r) => n + suppressedCount(r), 0);
}
var MAX_LISTED_SUPPRESSIONS = 50;
var REASON_LIMIT = 300;
function suppressionLines(result, links, options = {}) {
  const n = suppressedCount(result);
  if (n === 0) return [];
  const title = `${plural(n, "finding")} suppressed by comments in the plan`;
  const list = options.list === false ? [] : result.suppressions ?? [];
  if (list.length === 0) return [`_${title}._`];
  const shown = list.slice(0, MAX_LISTED_SUPPRESSIONS);
  const rows = shown.map((s) => {
    const where = s.endLine > s.line ? `${s.line}–${s.endLine}` : `${s.line}`;
    const reason = s.reason === "" ? "_no reason given_" : inertText(
      s.reason.length > REASON_LIMIT ? `${s.reason.slice(0, REASON_LIMIT)}…` : s.reason
    );
    return `| [${where}](${blobUrl(links, result.path, s.line, s.endLine)}) | [${inertCode(s.rule, { table: true })}](${docsUrl(s.docs)}) | ${s.severity} | ${reason} |`;
  });
  const more = list.length > shown.length ? ["", `_…and ${list.length - shown.length} more: see the comments in the plan._`] : [];
  return [
    `<details><summary>${title}</summary>`,
    "",
    "| Line | Rule | Severity | Reason given |",
    "| --- | --- | --- | --- |",
    ...rows,
    ...more,
    "",
    "</details>"
  ];
}

// src/render/sarif.ts
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function toUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function region(f) {
  return {
    startLine: f.line,
    endLine: Math.max(f.endLine, f.line),
    ...f.column === void 0 ? {} : { startColumn: f.column },
    // Both SARIF's and the engine's endColumn point just past the flagged text; kept to one-line regions.
    ...f.column !== void 0 && f.endColumn !== void 0 && f.endLine === f.line && f.endColumn > f.column ? { endColumn: f.endColumn } : {}
  };
}
function toSarif(results, options) {
  const base = options.docsBaseUrl ?? DOCS_BASE_URL;
  const docsOf = /* @__PURE__ */ new Map();
  for (const f of results.flatMap((r) => r.findings)) {
    if (!docsOf.has(f.rule)) docsOf.set(f.rule, f.docs);
  }
  const ruleIds2 = [...docsOf.keys()].sort();
  const rules2 = ruleIds2.map((id) => {
    const rule = rules.find((r) => r.id === id);
    return {
      id,
      shortDescription: { text: rule?.summary ?? id },
      helpUri: docsUrl(docsOf.get(id) ?? "", base),
      ...rule ? { defaultConfiguration: { level: LEVEL[rule.defaultSeverity] } } : {}
    };
  });
  const sarifResults = results.flatMap(
    (r) => r.findings.map((f) => {
      const properties = {
        ...f.principle === void 0 ? {} : { principle: f.principle },
        ...f.section === void 0 ? {} : { section: f.section }
      };
      return {
        ruleId: f.rule,
        ruleIndex: ruleIds2.indexOf(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(r.path) },
              region: region(f)
            }
          }
        ],
        ...Object.keys(properties).length > 0 ? { properties } : {}
      };
    })
  );
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "speckit-gate",
            version: options.toolVersion,
            informationUri: HOMEPAGE,
            rules: rules2
          }
        },
        results: sarifResults,
        properties: {
          suppressed: results.reduce((n, r) => n + suppressedCount(r), 0),
          suppressedByFile: Object.fromEntries(
            results.filter((r) => suppressedCount(r) > 0).map((r) => [r.path, suppressedCount(r)])
          )
        }
      }
    ]
  };
}
function renderSarif(results, options) {
  return `${JSON.stringify(toSarif(results, options), null, 2)}
`;
}

// src/render/text.ts
function summarize(results) {
  const count3 = (severity) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  return {
    plans: results.length,
    passed: results.filter((r) => r.verdict === "pass").length,
    failed: results.filter((r) => r.verdict === "fail").length,
    skipped: results.filter((r) => r.verdict === "skipped").length,
    errors: count3("error"),
    warnings: count3("warning"),
    notices: count3("notice"),
    suppressed: suppressedTotal(results)
  };
}
function summaryLine(summary) {
  if (summary.plans === 0) return "No plans checked.";
  return `${plural(summary.plans, "plan")} checked: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped; ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.notices, "notice")}` + (summary.suppressed > 0 ? `, ${suppressedText(summary.suppressed)}` : "");
}

// src/render/workflow-commands.ts
function escapeData(value) {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function command(path, f) {
  const props = [
    ["file", path],
    ["line", f.line],
    ["endLine", Math.max(f.endLine, f.line)]
  ];
  if (f.column !== void 0 && f.endLine === f.line) {
    props.push(["col", f.column]);
    if (f.endColumn !== void 0 && f.endColumn > f.column) props.push(["endColumn", f.endColumn]);
  }
  props.push(["title", `speckit-gate ${f.rule}`]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${f.severity} ${list}::${escapeData(f.message)}`;
}

// src/cli/usage-error.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/cli/files.ts
import { existsSync, readFileSync, statSync as statSync2 } from "node:fs";
import { join } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname2, normalize as normalize2, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize2(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath2(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths2) {
    paths2.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths2, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths2.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths2) => {
  paths2.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths2, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths2.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths2, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths2.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths2) => {
  paths2.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths2) => {
  return paths2;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname2(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath2(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths: paths2, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths2.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths2, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath2(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath2(dirname2(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch2 = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts3 = splitPattern(patterns[i]);
    patternsParts[i] = parts3;
    const partsCount = parts3.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch2.default)(parts3[j], options);
    matchers[i] = partMatchers;
  }
  return (input2) => {
    const inputParts = input2.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input2)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch2.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan2 = import_picomatch2.default.scan(pattern);
  return scan2.isGlob || scan2.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts3 = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts3[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts3[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts3);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts3.length);
    for (let i = 0; i < length; i++) {
      const part = parts3[i];
      if (part === "**" && !parts3[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts3.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch2.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch2.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory2) => {
      const path = format(p, isDirectory2);
      const matches2 = matcher(path) && !ignore(path);
      if (matches2) log(`matched ${path}`);
      return matches2;
    } : (p, isDirectory2) => {
      const path = format(p, isDirectory2);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths2, mapper) {
  if (mapper) for (let i = paths2.length - 1; i >= 0; i--) paths2[i] = mapper(paths2[i]);
  return paths2;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative4] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative4) : [];
}

// src/cli/files.ts
function discoverPlans(root, globs) {
  return globSync([...globs], {
    cwd: root,
    dot: true,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ["**/node_modules/**", "**/.git/**"]
  }).filter(planMatcher(globs)).sort();
}
function pathExists(root, path) {
  return existsSync(join(root, path));
}
function readFileBytes(root, path) {
  const full = join(root, path);
  try {
    if (!statSync2(full).isFile()) return null;
  } catch {
    return null;
  }
  return readFileSync(full);
}
function checkFiles(root, planPaths, config, check, extra = null) {
  const read2 = (path) => {
    try {
      const bytes = readFileBytes(root, path);
      return bytes ? { path, bytes } : null;
    } catch (error) {
      throw new UsageError(`Cannot read \`${path}\`: ${error.message}`);
    }
  };
  const plans = planPaths.map((path) => {
    const file = read2(path);
    if (!file) throw new UsageError(`Cannot read \`${path}\`: not a file.`);
    return file;
  });
  if (extra) plans.push(extra);
  const supporting = /* @__PURE__ */ new Map();
  for (const path of supportingPaths(
    plans.map((p) => p.path),
    config
  )) {
    supporting.set(path, read2(path));
  }
  return check(
    plans,
    (path) => supporting.get(path) ?? null,
    config,
    (path) => pathExists(root, path)
  );
}

// src/cli/repo.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute2, join as join2, relative as relative2, sep as sep2 } from "node:path";
function isDirectory(path) {
  try {
    return statSync3(path).isDirectory();
  } catch {
    return null;
  }
}
function isInside(folder, path) {
  const rel = relative2(folder, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep2}`) && !isAbsolute2(rel);
}
function toRootPath(root, abs) {
  return normalizePath(relative2(root, abs));
}
var CONFIG_FILES = [CONFIG_PATH, ".github/speckit.yaml"];
function loadConfig(root, named3, shown) {
  const notes = [];
  let file;
  if (named3 !== void 0) {
    const dir = isDirectory(named3);
    if (dir === null) {
      throw new UsageError(
        `\`--config ${shown(named3)}\` does not exist: pass the path of a speckit.yml file, or leave \`--config\` out to use \`${CONFIG_PATH}\` under the root.`
      );
    }
    if (dir) {
      throw new UsageError(`\`${shown(named3)}\` is a folder: pass the path of a speckit.yml file.`);
    }
    file = named3;
  } else {
    const present = CONFIG_FILES.map((f) => join2(root, f)).filter((f) => isDirectory(f) === false);
    const first2 = present[0];
    if (first2 === void 0) return { ok: true, config: DEFAULT_CONFIG, file: null, notes };
    if (present.length > 1) {
      notes.push(
        `both \`${CONFIG_FILES[0]}\` and \`${CONFIG_FILES[1]}\` exist: only \`${CONFIG_FILES[0]}\` is read; delete the other.`
      );
    } else if (!first2.endsWith(".yml")) {
      notes.push(
        `the GitHub App reads only \`${CONFIG_PATH}\`: rename \`${shown(first2)}\` so that the App follows it too.`
      );
    }
    file = first2;
  }
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read \`${shown(file)}\`: ${error.message}`);
  }
  const result = parseConfigText(text);
  if (!result.ok) return { ok: false, file, errors: result.errors };
  if (/^_extends\s*:/m.test(text)) {
    notes.push(
      `\`_extends\` in \`${shown(file)}\` is followed only by the GitHub App; here this file is used alone.`
    );
  }
  return { ok: true, config: result.config, file, notes };
}

// src/cli/select.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve3 } from "node:path";
function isGlob(arg) {
  return import_picomatch3.default.scan(arg).isGlob;
}
function listGlobs(globs) {
  return globs.map((g) => `\`${g}\``).join(", ");
}
function selectPlans(input2) {
  const { cwd, root, shown } = input2;
  let all;
  const plans = () => all ??= input2.plans();
  const fix = `pass a plan file, or set \`plans\` in \`${input2.configFile}\``;
  const out = /* @__PURE__ */ new Set();
  for (const arg of input2.args) {
    const abs = resolve3(cwd, arg);
    const dir = isDirectory(abs);
    if (dir === null && isGlob(arg)) {
      const pattern = normalizePath(arg.replaceAll("\\", "/"));
      const matches2 = (0, import_picomatch3.default)(isAbsolute3(arg) ? arg : pattern, { dot: true });
      const found = plans().filter((p) => {
        const full = resolve3(root, p);
        const rel = isAbsolute3(arg) ? full : normalizePath(relative3(cwd, full));
        const parts3 = rel.split("/");
        return parts3.some((_, i) => matches2(parts3.slice(0, i + 1).join("/")));
      });
      if (found.length === 0) {
        throw new UsageError(
          `The glob \`${arg}\` matches no plan (a file matching ${listGlobs(input2.globs)}, or a folder holding one): ${fix}.`
        );
      }
      for (const p of found) out.add(p);
      continue;
    }
    if (dir === null) throw new UsageError(`Path \`${arg}\` does not exist.`);
    if (!isInside(root, abs)) {
      throw new UsageError(
        `Path \`${arg}\` is outside the repository root \`${shown(root)}\`: pass \`--root\` with the repository that holds it.`
      );
    }
    const path = toRootPath(root, abs);
    if (!dir) {
      out.add(path);
      continue;
    }
    const under = plans().filter((p) => path === "" || p.startsWith(`${path}/`));
    if (under.length === 0) {
      throw new UsageError(`No plans under \`${arg}\` match ${listGlobs(input2.globs)}: ${fix}.`);
    }
    for (const p of under) out.add(p);
  }
  return [...out].sort();
}

// src/cli/text.ts
function colorEnabled(flag, env, toTerminal) {
  if (flag !== void 0) return flag;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  return toTerminal && env.TERM !== "dumb";
}
var CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39]
};
function painter(color) {
  return (style, text) => {
    if (!color) return text;
    const [open, close] = CODES[style];
    return `\x1B[${open}m${text}\x1B[${close}m`;
  };
}
var SEVERITY_STYLE = {
  error: "red",
  warning: "yellow",
  notice: "cyan"
};
function byPosition2(a, b) {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);
}
var ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf)$/i;
function splitMessage(message) {
  const text = message.replaceAll("\r", "").split("\n").map((line) => line.trim()).filter((line) => line !== "").join(" ");
  let code2 = false;
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "`") code2 = !code2;
    if (code2) continue;
    if (ch === '"') quoted = !quoted;
    else if (ch === "“") quoted = true;
    else if (ch === "”") quoted = false;
    else if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if ((ch === "." || ch === "!" || ch === "?") && text[i + 1] === " " && !quoted && depth === 0 && !ABBREVIATION.test(text.slice(0, i))) {
      return { what: text.slice(0, i + 1), more: text.slice(i + 2).trim() };
    }
  }
  return { what: text, more: "" };
}
function location(path, f) {
  return `${path}:${f.line}${f.column === void 0 ? "" : `:${f.column}`}`;
}
function renderCompact(results, options) {
  const paint = painter(options.color);
  const lines = [];
  const rules2 = /* @__PURE__ */ new Map();
  for (const result of results) {
    if (options.verbose) {
      const verdict = result.verdict === "pass" ? paint("green", "pass") : result.verdict === "fail" ? paint("red", "fail") : paint("yellow", "skipped");
      const silenced = suppressedCount(result);
      lines.push(
        `${paint("bold", result.path)}  ${verdict}${silenced > 0 ? `  ${paint("dim", `(${suppressedText(silenced)})`)}` : ""}`
      );
    }
    for (const f of [...result.findings].sort(byPosition2)) {
      rules2.set(f.rule, docsUrl(f.docs));
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
      lines.push(
        `${location(result.path, f)}  ${severity}  ${splitMessage(f.message).what}  ${paint("dim", f.rule)}`
      );
      if (options.verbose) {
        const { more } = splitMessage(f.message);
        if (more) lines.push(`    ${more}`);
        lines.push(`    ${paint("dim", docsUrl(f.docs))}`);
      }
    }
    if (options.verbose) lines.push("");
  }
  const summary = summarize(results);
  if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
  const style = summary.errors > 0 ? "red" : summary.warnings > 0 ? "yellow" : "green";
  lines.push(paint("bold", paint(style, summaryLine(summary))));
  if (rules2.size > 0 && !options.verbose) {
    const width = Math.max(...[...rules2.keys()].map((r) => r.length));
    lines.push(
      "Rules (why and how to fix: --verbose, or each rule's page):",
      ...[...rules2.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([rule, url]) => `  ${rule.padEnd(width)}  ${paint("dim", url)}`)
    );
  }
  return `${lines.join("\n")}
`;
}

// src/action/annotations.ts
var ANNOTATIONS_PER_SEVERITY = 10;
var SEVERITIES = ["error", "warning", "notice"];
function cappedAnnotations(results, where, limit = ANNOTATIONS_PER_SEVERITY) {
  const total = (s) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  const overflow = SEVERITIES.some((s) => total(s) > limit);
  const cut = { error: 0, warning: 0, notice: 0 };
  const chosen = [];
  for (const severity of SEVERITIES) {
    const room = severity === "notice" && overflow ? limit - 1 : limit;
    const queues = results.map((r) => ({
      path: r.path,
      findings: r.findings.filter((f) => f.severity === severity)
    }));
    const picked = [];
    for (let turn = 0; picked.length < room; turn++) {
      const round = queues.filter((q) => turn < q.findings.length);
      if (round.length === 0) break;
      for (const q of round) {
        if (picked.length === room) break;
        picked.push({ path: q.path, f: q.findings[turn] });
      }
    }
    cut[severity] = total(severity) - picked.length;
    chosen.push(...picked);
  }
  const order = new Map(results.map((r, i) => [r.path, i]));
  chosen.sort(
    (a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0) || a.f.line - b.f.line || (a.f.column ?? 0) - (b.f.column ?? 0)
  );
  const lines = chosen.map(({ path, f }) => command(path, f));
  if (overflow) lines.push(cutNotice(cut, where));
  return { lines, cut };
}
function cutNotice(cut, where) {
  const parts3 = SEVERITIES.filter((s) => cut[s] > 0).map((s) => plural(cut[s], s));
  const n = cut.error + cut.warning + cut.notice;
  const message = `${plural(n, "finding")} (${parts3.join(", ")}) ${n === 1 ? "is" : "are"} not annotated: GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors, ${ANNOTATIONS_PER_SEVERITY} warnings and ${ANNOTATIONS_PER_SEVERITY} notices per step. Every finding is in ${where}.`;
  return `::notice title=${escapeProperty("speckit-gate: more findings than annotations")}::${escapeData(message)}`;
}

// src/action/event.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function has(git, root, sha) {
  try {
    git(["cat-file", "-e", `${sha}^{commit}`], root);
    return true;
  } catch {
    return false;
  }
}
function parents(git, root, commit) {
  const raw = git(["cat-file", "commit", commit], root);
  const header = raw.slice(0, raw.indexOf("\n\n"));
  return header.split("\n").filter((l) => l.startsWith("parent ")).map((l) => l.slice("parent ".length).trim());
}
function ensure(git, root, sha) {
  if (has(git, root, sha)) return;
  git(["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha], root);
  if (!has(git, root, sha)) throw new GitError(["fetch"], `commit ${sha} is still missing`);
}
function eventScope(eventName, event, git, root, all) {
  if (all) return { kind: "all", reason: "as `all: true` asks" };
  if (eventName !== "pull_request" && eventName !== "merge_group") {
    return { kind: "all", reason: `on a \`${eventName ?? "manual"}\` event` };
  }
  const payload = event ?? {};
  const base = eventName === "pull_request" ? payload.pull_request?.base?.sha : payload.merge_group?.base_sha;
  const head = eventName === "pull_request" ? payload.pull_request?.head?.sha : payload.merge_group?.head_sha;
  const what = eventName === "pull_request" ? `pull request${payload.pull_request?.number === void 0 ? "" : ` #${payload.pull_request.number}`}` : "merge group";
  const fallback = (why) => ({
    kind: "all",
    reason: `as the plans the ${what} changes could not be found`,
    warning: `${why} Every plan was checked instead.`
  });
  if (!base || !head || !SHA.test(base) || !SHA.test(head)) {
    return fallback(
      `The \`${eventName}\` event names no base and head commits (GITHUB_EVENT_PATH).`
    );
  }
  try {
    const checkedOut = git(["rev-parse", "HEAD"], root).trim();
    const [first2, second] = parents(git, root, checkedOut);
    let from = base;
    if (first2 && second === head) {
      from = first2;
      ensure(git, root, from);
    } else {
      ensure(git, root, base);
      try {
        from = git(["merge-base", base, checkedOut], root).trim() || base;
      } catch {
        from = base;
      }
    }
    return {
      kind: "changed",
      files: changedBetween(git, root, from, checkedOut),
      base: from,
      head: checkedOut === head || second === head ? head : checkedOut,
      what
    };
  } catch (error) {
    const message = error instanceof GitError ? error.message : String(error);
    return fallback(
      `git could not compare the ${what}'s base commit ${base.slice(0, 7)} with the checkout (${message}); check out with \`fetch-depth: 0\`, or let the job fetch from \`origin\`.`
    );
  }
}

// src/render/gates-table.ts
var STATUS_TEXT = {
  pass: "✅ pass",
  fail: "❌ violated",
  pending: "⏳ pending",
  unchecked: "⬜ unchecked",
  "needs-review": "🔍 needs review",
  "not-applicable": "➖ n/a",
  unknown: "❔ unclear",
  missing: "⚠️ not addressed"
};
function principleKeys(p) {
  const id = p.id.trim().toLowerCase();
  const name = p.name.trim().toLowerCase();
  return [id, name, `${id}. ${name}`, `${id} ${name}`];
}
function groupGates(r) {
  const index = /* @__PURE__ */ new Map();
  r.principles.forEach((p, i) => {
    for (const key of new Set(principleKeys(p))) index.set(key, [...index.get(key) ?? [], i]);
  });
  const byPrinciple = r.principles.map(() => []);
  const others = [];
  for (const gate of r.gates) {
    const hits = gate.principle ? index.get(gate.principle.trim().toLowerCase()) : void 0;
    if (!hits) others.push(gate);
    else for (const i of hits) byPrinciple[i].push(gate);
  }
  return { byPrinciple, others };
}
var MAX_TABLE_ROWS = 100;
var MAX_GATE_LINKS = 5;
function capped(rows, total) {
  if (total <= MAX_TABLE_ROWS) return [...rows];
  return [
    ...rows.slice(0, MAX_TABLE_ROWS),
    `| _…and ${plural(total - MAX_TABLE_ROWS, "more gate")}: see the plan_ | | | |`
  ];
}
function principleLabel2(p) {
  return p.name.toLowerCase().startsWith(p.id.toLowerCase()) ? p.name : `${p.id}. ${p.name}`;
}
function gateLinks(links, path, gates) {
  if (gates.length === 0) return "—";
  const more = gates.length - MAX_GATE_LINKS;
  return gates.slice(0, MAX_GATE_LINKS).map(
    (g) => `[line ${g.line}](${blobUrl(links, path, g.line)})${g.phase === "post-design" ? " (post-design)" : ""}`
  ).concat(more > 0 ? [`and ${more} more`] : []).join(", ");
}
function gateNote(gates) {
  const reasons = gates.map((g) => g.reason).filter((r) => Boolean(r));
  const text = reasons.join("; ");
  return inertMessage(text.length > 140 ? `${text.slice(0, 139)}…` : text, { table: true });
}
function gatesTable(r, links) {
  if (r.principles.length > 0) {
    const { byPrinciple, others } = groupGates(r);
    const rows = r.principles.map((p, i) => {
      const gates = byPrinciple[i] ?? [];
      return `| ${inertText(principleLabel2(p))} | ${STATUS_TEXT[p.status]} | ${gateLinks(links, r.path, gates)} | ${gateNote(gates)} |`;
    });
    const otherRows = others.slice(0, MAX_TABLE_ROWS).map(
      (g) => `| ${inertText(g.label)} _(not a principle)_ | ${STATUS_TEXT[g.status]} | ${gateLinks(links, r.path, [g])} | ${gateNote([g])} |`
    );
    return [
      "| Principle | Status | Gate | Notes |",
      "| --- | --- | --- | --- |",
      ...capped([...rows, ...otherRows], rows.length + others.length)
    ];
  }
  if (r.gates.length > 0) {
    return [
      "| Gate | Status | Line | Notes |",
      "| --- | --- | --- | --- |",
      ...capped(
        r.gates.slice(0, MAX_TABLE_ROWS).map(
          (g) => `| ${inertText(g.label)} | ${STATUS_TEXT[g.status]} | ${gateLinks(links, r.path, [g])} | ${gateNote([g])} |`
        ),
        r.gates.length
      )
    ];
  }
  return [];
}

// src/render/comment.ts
var SEVERITY_ICON = {
  error: "❌",
  warning: "⚠️",
  notice: "ℹ️"
};
function inline(text) {
  return text.replaceAll("\r", "").split("\n").map((line) => line.trim()).filter((line) => line !== "").join(" ");
}
function failing(r) {
  return r.findings.some((f) => f.severity === "error");
}
function planIcon(r) {
  if (failing(r)) return "❌";
  if (r.verdict === "skipped" || r.constitutionSkipped) return "➖";
  return "✅";
}
function sortedFindings(findings) {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line
  );
}
function firstSentence(message) {
  const text = inline(message);
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "`") inCode = !inCode;
    if (!inCode && (ch === "." || ch === "!" || ch === "?") && text[i + 1] === " " && /[A-Z`"'(]/.test(text[i + 2] ?? "")) {
      return text.slice(0, i + 1);
    }
  }
  return text;
}
function findingRow(f, path, links) {
  const where = f.endLine > f.line ? `${f.line}–${f.endLine}` : `${f.line}`;
  return `| ${SEVERITY_ICON[f.severity]} | [${where}](${blobUrl(links, path, f.line, f.endLine)}) | [${inertCode(f.rule, { table: true })}](${docsUrl(f.docs)}) | ${inertMessage(firstSentence(f.message), { table: true })} |`;
}
var FINDINGS_HEADER = ["| | Line | Rule | Finding |", "| --- | --- | --- | --- |"];
var MAX_LISTED_FINDINGS = 100;
function planSection(r, links, options) {
  const out = [
    `${options.heading} ${planIcon(r)} [${inertCode(r.path)}](${blobUrl(links, r.path)})`,
    ""
  ];
  out.push(
    r.constitution ? `Judged against ${inertCode(r.constitution)}${r.constitutionSkipped ? " (an unfilled template: its principles could not be checked)" : ""} · ${countsText(r.findings, suppressedCount(r))}` : `No constitution found, so its principles could not be checked · ${countsText(r.findings, suppressedCount(r))}`
  );
  if (!options.noTable) {
    const table = gatesTable(r, links);
    if (table.length > 0) out.push("", ...table);
  }
  const selected = sortedFindings(r.findings).filter(
    (f) => !options.severities || options.severities.includes(f.severity)
  );
  const shown = selected.slice(0, options.maxFindings ?? MAX_LISTED_FINDINGS);
  if (shown.length > 0) {
    const table = [...FINDINGS_HEADER, ...shown.map((f) => findingRow(f, r.path, links))];
    const hidden = r.findings.length - shown.length;
    const more = hidden > 0 ? [
      "",
      `_…and ${plural(hidden, "more finding")}: the check run has them as annotations, and \`speckit-gate check\` lists them all._`
    ] : [];
    if (options.collapseAbove !== void 0 && shown.length > options.collapseAbove) {
      out.push(
        "",
        `<details><summary><b>${plural(selected.length, "finding")}</b> (${countsText(selected)})</summary>`,
        "",
        ...table,
        ...more,
        "",
        "</details>"
      );
    } else {
      out.push("", ...table, ...more);
    }
  } else if (r.findings.length > 0) {
    out.push("", `_${plural(r.findings.length, "finding")} not listed here: see the check run._`);
  }
  const silenced = suppressionLines(r, links, { list: options.suppressions !== "count" });
  if (silenced.length > 0) out.push("", ...silenced);
  return out;
}

// src/action/summary.ts
var SUMMARY_LIMIT_BYTES = 1e6;
function failing2(r) {
  return r.findings.some((f) => f.severity === "error");
}
function headline(results) {
  if (results.length === 0) return "## ✅ speckit-gate: no plan to check";
  const bad = results.filter(failing2).length;
  if (bad > 0) {
    return `## ❌ speckit-gate: ${bad} of ${plural(results.length, "plan")} ${bad === 1 ? "does" : "do"} not pass ${bad === 1 ? "its" : "their"} gates`;
  }
  if (results.every((r) => r.verdict === "skipped" || r.constitutionSkipped)) {
    return "## ➖ speckit-gate: gates not judged (no usable constitution)";
  }
  return `## ✅ speckit-gate: ${results.length === 1 ? "the plan passes its gates" : `all ${results.length} plans pass their gates`}`;
}
function footer(ctx) {
  const where = ctx.sarifFile ? ` and in the SARIF file \`${ctx.sarifFile}\`` : "";
  return [
    "---",
    `<sub>speckit-gate ${ctx.version} checked ${ctx.scope} at commit ${ctx.sha.slice(0, 7)} with the constitution, template and configuration of this checkout. GitHub shows at most 10 error and 10 warning annotations per step: every finding is listed here, in the step's log${where}. [Rules](${docsUrl("docs/rules/README.md")})</sub>`
  ];
}
function renderJobSummary(results, ctx) {
  const intro = [
    headline(results),
    "",
    ...ctx.notes.flatMap((n) => [`> ⚠️ ${n}`, ""]),
    results.length === 0 ? `Checked ${ctx.scope}.` : `${summaryLine(summarize(results))} — ${ctx.scope}.`,
    ""
  ];
  const levels = [
    { options: { heading: "###", collapseAbove: 15 } },
    {
      options: { heading: "###", collapseAbove: 15, severities: ["error"] },
      cut: "Warnings and notices are left out of this summary to fit GitHub's size limit: the log and the SARIF file list them."
    },
    {
      options: { heading: "###", noTable: true, severities: [] },
      cut: "The findings are left out of this summary to fit GitHub's size limit: the log and the SARIF file list them."
    }
  ];
  for (const level of levels) {
    const body = [
      ...intro,
      ...level.cut ? [`_${level.cut}_`, ""] : [],
      ...results.flatMap((r) => [...planSection(r, ctx, level.options), ""]),
      ...footer(ctx),
      ""
    ].join("\n");
    if (Buffer.byteLength(body) <= SUMMARY_LIMIT_BYTES) return body;
  }
  return [
    ...intro,
    "_More plans were checked than fit in a job summary: the log and the SARIF file list them._",
    "",
    ...footer(ctx),
    ""
  ].join("\n");
}
function renderConfigErrorSummary(file, errors) {
  return [
    "## ❌ speckit-gate: the configuration is invalid",
    "",
    `No plan was checked: fix \`${file}\` first.`,
    "",
    "| Line | Problem |",
    "| --- | --- |",
    ...errors.map(
      (e) => `| ${e.line ?? 1}:${e.column ?? 1} | ${e.message.replaceAll("|", "\\|")} |`
    ),
    ""
  ].join("\n");
}
function renderUsageErrorSummary(message) {
  return ["## ❌ speckit-gate could not run", "", message, ""].join("\n");
}

// src/action/run.ts
function input(env, name) {
  return (env[`INPUT_${name.replaceAll(" ", "_").toUpperCase()}`] ?? "").trim();
}
function booleanInput(env, name, fallback) {
  const value = input(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UsageError(`Input \`${name}\` must be \`true\` or \`false\`, not \`${value}\`.`);
}
function listInput(env, name) {
  return input(env, name).split(/\s+/).filter((p) => p !== "");
}
function count2(results, severity) {
  return results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
}
function setOutputs(env, outputs) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  appendFileSync(
    file,
    Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join("")
  );
}
function appendSummary(env, markdown) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
}
function annotation(level, message, where = {}) {
  const props = [];
  if (where.file) props.push(`file=${escapeProperty(where.file)}`);
  if (where.line !== void 0) props.push(`line=${where.line}`);
  if (where.col !== void 0) props.push(`col=${where.col}`);
  props.push(`title=${escapeProperty("speckit-gate")}`);
  return `::${level} ${props.join(",")}::${escapeData(message)}
`;
}
function readEvent(env) {
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    return JSON.parse(readFileSync3(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    return null;
  }
}
function runAction(env, cwd, deps) {
  const { log: log2 } = deps;
  const root = resolve4(cwd, env.GITHUB_WORKSPACE ?? ".");
  try {
    const failOnError = booleanInput(env, "fail-on-error", true);
    const all = booleanInput(env, "all", false);
    const configInput = input(env, "config");
    const loaded = loadConfig(
      root,
      configInput === "" ? void 0 : resolve4(root, configInput),
      (abs) => toRootPath(root, abs)
    );
    if (!loaded.ok) {
      const file = toRootPath(root, loaded.file);
      for (const e of loaded.errors.slice(0, 10)) {
        log2(annotation("error", e.message, { file, line: e.line ?? 1, col: e.column ?? 1 }));
      }
      log2(`speckit-gate: the configuration \`${file}\` is invalid; no plan was checked.
`);
      appendSummary(env, renderConfigErrorSummary(file, loaded.errors));
      setOutputs(env, { "exit-code": 2, errors: 0, warnings: 0, suppressed: 0, "sarif-file": "" });
      return 2;
    }
    for (const note of loaded.notes) log2(annotation("warning", note));
    const config = loaded.config;
    const scope = eventScope(env.GITHUB_EVENT_NAME, readEvent(env), deps.git, root, all);
    const notes = scope.kind === "all" && scope.warning ? [scope.warning] : [];
    for (const n of notes) log2(annotation("warning", n));
    const paths2 = listInput(env, "paths");
    let plans = selectPlans({
      cwd: root,
      root,
      args: paths2.length > 0 ? paths2 : [root],
      plans: () => discoverPlans(root, config.plans),
      globs: config.plans,
      configFile: loaded.file ? toRootPath(root, loaded.file) : CONFIG_PATH,
      shown: (abs) => toRootPath(root, abs) || "."
    });
    if (scope.kind === "changed") {
      const changed = new Set(scope.files);
      plans = plans.filter((p) => changed.has(p));
    }
    const described = scope.kind === "changed" ? plans.length === 0 ? `no plan (the ${scope.what} changes none)` : `the ${plural(plans.length, "plan")} the ${scope.what} changes` : `every plan, ${scope.reason}`;
    log2(`speckit-gate: checking ${described}.
`);
    const results = checkFiles(root, plans, config, deps.check);
    const errors = count2(results, "error");
    const warnings = count2(results, "warning");
    const suppressed = suppressedTotal(results);
    const sarifInput = input(env, "sarif-file");
    const sarifFile = resolve4(
      root,
      sarifInput || join3(env.RUNNER_TEMP ?? root, "speckit-gate.sarif")
    );
    mkdirSync(dirname4(sarifFile), { recursive: true });
    writeFileSync(sarifFile, renderSarif(results, { toolVersion: deps.version }));
    const sarifShown = sarifInput || sarifFile;
    const annotations = cappedAnnotations(
      results,
      `the job summary, the step's log and the SARIF file \`${sarifShown}\``
    );
    for (const line of annotations.lines) log2(`${line}
`);
    if (results.some((r) => r.findings.length > 0)) {
      log2("::group::speckit-gate: every finding (why and how to fix each)\n");
      log2(renderCompact(results, { verbose: true, color: colorEnabled(void 0, env, true) }));
      log2("::endgroup::\n");
    }
    const sha = scope.kind === "changed" ? scope.head : env.GITHUB_SHA ?? "0000000";
    appendSummary(
      env,
      renderJobSummary(results, {
        repoUrl: `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY ?? "owner/repo"}`,
        sha,
        scope: described,
        sarifFile: sarifShown,
        version: deps.version,
        notes
      })
    );
    const code2 = errors > 0 ? 1 : 0;
    setOutputs(env, { "exit-code": code2, errors, warnings, suppressed, "sarif-file": sarifFile });
    log2(
      `speckit-gate: ${plural(results.length, "plan")} checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}${suppressed > 0 ? `, ${suppressedText(suppressed)}` : ""}.
`
    );
    if (code2 === 1 && !failOnError) {
      log2("speckit-gate: `fail-on-error: false`: the step passes despite the errors.\n");
      return 0;
    }
    return code2;
  } catch (error) {
    const usage = error instanceof UsageError;
    const message = usage ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}. This is a bug in speckit-gate; please report it.`;
    log2(annotation("error", message));
    if (!usage && env.RUNNER_DEBUG === "1" && error instanceof Error && error.stack)
      log2(`${error.stack}
`);
    appendSummary(env, renderUsageErrorSummary(message));
    setOutputs(env, { "exit-code": 2, errors: 0, warnings: 0, suppressed: 0, "sarif-file": "" });
    return 2;
  }
}

// src/action/main.ts
process.exitCode = runAction(process.env, process.cwd(), {
  check: checkPlans,
  git: runGit,
  version: "0.1.0",
  log: (text) => process.stdout.write(text)
});
