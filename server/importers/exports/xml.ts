// A light element tree from XML by saxes, a conforming non-validating parser: no DTD is
// processed, so an entity defined there (a "billion laughs") is an error, never an expansion.
import { SaxesParser } from "saxes";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses `xml`; throws "not well-formed XML (line:column: reason)" on anything a conforming parser refuses. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const open: XmlElement[] = [root];
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    const el: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    open[open.length - 1]!.children.push(el);
    open.push(el);
  });
  parser.on("closetag", () => void open.pop());
  parser.on("text", (text) => void (open[open.length - 1]!.text += text));
  parser.on("cdata", (text) => void (open[open.length - 1]!.text += text));
  try {
    parser.write(xml).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure) throw new Error(`not well-formed XML (${(failure as Error).message})`);
  return root;
}

/** The first child element named `name`, or undefined. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => el?.children.find((c) => c.name === name);
/** The trimmed text of the child named `name`, or null when absent or empty. */
export const childText = (el: XmlElement | undefined, name: string): string | null => child(el, name)?.text.trim() || null;
