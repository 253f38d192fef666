// Light element trees from XML by saxes, a conforming non-validating parser: no DTD is
// processed, so an entity defined there (a "billion laughs") is an error, never an expansion.
// Read a chunk at a time: each element whose reader takes it is dropped from the tree at once,
// so an export of any size holds one thread's elements at a time, never the whole file.
import { SaxesParser } from "saxes";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export interface XmlHandlers {
  /** The root element's name, before anything inside it. */
  root(name: string): void;
  /** A whole element and its parent; true when it was taken and need not stay in the parent. */
  element(el: XmlElement, parent: XmlElement, depth: number): boolean;
}

/** A push parser; `write` and `end` throw "not well-formed XML (line:column: reason)" on anything a conforming parser refuses. */
export function xmlReader(handlers: XmlHandlers): { write(chunk: string): void; end(): void } {
  const parser = new SaxesParser();
  const open: XmlElement[] = [{ name: "#document", attributes: {}, children: [], text: "" }];
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    const el: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    if (open.length === 1) handlers.root(tag.name);
    open[open.length - 1]!.children.push(el);
    open.push(el);
  });
  parser.on("closetag", () => {
    const el = open.pop()!;
    const parent = open[open.length - 1]!;
    if (handlers.element(el, parent, open.length - 1)) parent.children.pop();
  });
  // Layout between child elements is dropped: kept, the root's would grow with the file.
  const addText = (text: string) => {
    const el = open[open.length - 1]!;
    if (el.children.length === 0 || text.trim()) el.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  // With an error handler saxes reports and goes on; what a handler throws passes through as it is.
  const run = (step: () => void) => {
    if (!failure) step();
    if (failure) throw new Error(`not well-formed XML (${(failure as Error).message})`);
  };
  return { write: (chunk) => run(() => parser.write(chunk)), end: () => run(() => parser.close()) };
}

/** The first child element named `name`, or undefined. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => el?.children.find((c) => c.name === name);
/** The trimmed text of the child named `name`, or null when absent or empty. */
export const childText = (el: XmlElement | undefined, name: string): string | null => child(el, name)?.text.trim() || null;
