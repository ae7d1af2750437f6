/**
 * A small XML 1.0 well-formedness checker for the JUnit tests (no XML parser is a dependency):
 * one root, matching tags, quoted and unique attributes, only valid entity and character
 * references, no character that XML 1.0 forbids. Returns the element tree with decoded text.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = '[A-Za-z_:][\\w.:-]*';
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function allowedCodePoint(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

function decode(raw: string): string {
  return raw.replace(/&([^;&]*)(;?)/g, (whole, ref: string, semi: string) => {
    if (!semi) throw new Error(`bare '&' in ${JSON.stringify(raw)}`);
    const named = ENTITIES[ref];
    if (named !== undefined) return named;
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!num) throw new Error(`unknown entity ${whole}`);
    const cp = num[1] !== undefined ? parseInt(num[1], 16) : Number(num[2]);
    if (!allowedCodePoint(cp)) throw new Error(`character reference to a forbidden character: ${whole}`);
    return String.fromCodePoint(cp);
  });
}

export function parseXml(source: string): XmlElement {
  const bad = FORBIDDEN.exec(source);
  if (bad) throw new Error(`character U+${bad[0].charCodeAt(0).toString(16)} is not allowed in XML 1.0`);
  let i = /^<\?xml\s[^?]*\?>/.exec(source)?.[0].length ?? 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const startTag = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
  const endTag = new RegExp(`^</(${NAME})\\s*>`);
  while (i < source.length) {
    const rest = source.slice(i);
    const top = stack[stack.length - 1];
    if (rest.startsWith('<!--')) {
      const end = source.indexOf('-->', i);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
    } else if (rest.startsWith('</')) {
      const m = endTag.exec(rest);
      if (!m || !top || top.name !== m[1]) throw new Error(`unexpected end tag at ${i}: ${rest.slice(0, 30)}`);
      stack.pop();
      i += m[0].length;
    } else if (rest.startsWith('<')) {
      const m = startTag.exec(rest);
      if (!m) throw new Error(`malformed tag at ${i}: ${rest.slice(0, 30)}`);
      const element: XmlElement = { name: m[1]!, attributes: {}, children: [], text: '' };
      for (const a of (m[2] ?? '').matchAll(new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'))) {
        const key = a[1]!;
        if (key in element.attributes) throw new Error(`duplicate attribute ${key}`);
        // Attribute-value normalisation: literal whitespace becomes a space; references survive.
        element.attributes[key] = decode((a[2] ?? a[3] ?? '').replace(/[\t\n\r]/g, ' '));
      }
      if (top) top.children.push(element);
      else if (root) throw new Error('more than one root element');
      else root = element;
      if (m[3] !== '/') stack.push(element);
      i += m[0].length;
    } else {
      const next = source.indexOf('<', i);
      const raw = source.slice(i, next < 0 ? source.length : next);
      if (top) {
        if (raw.includes(']]>')) throw new Error("']]>' in text");
        top.text += decode(raw.replace(/\r\n?/g, '\n'));
      } else if (raw.trim() !== '') {
        throw new Error(`text outside the root element: ${raw.slice(0, 30)}`);
      }
      i += raw.length;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** All descendants named `name`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
