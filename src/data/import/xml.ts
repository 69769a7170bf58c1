/**
 * XML parsing for KML/GPX. Uses the platform DOMParser where there is one (main thread, jsdom) and
 * @xmldom/xmldom where there is none (Web Workers, node). DTD entity declarations are refused before
 * parsing (entity-expansion "billion laughs" and external-entity tricks); nothing in KML/GPX needs them.
 */
import { fail } from './issues';

type ParseFn = (text: string) => Document;

let xmldomParse: ParseFn | null = null;

async function loadXmldom(): Promise<ParseFn> {
  if (xmldomParse) return xmldomParse;
  const { DOMParser } = await import('@xmldom/xmldom');
  xmldomParse = (text: string) => {
    const errors: string[] = [];
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    });
    let doc: unknown;
    try {
      doc = parser.parseFromString(text, 'text/xml');
    } catch (e) {
      throw new Error(e instanceof Error ? e.message : String(e));
    }
    if (errors.length) throw new Error(errors[0]);
    return doc as Document;
  };
  return xmldomParse;
}

function nativeParse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error((err.textContent ?? 'parser error').trim().split('\n')[0]);
  return doc;
}

/** Parses XML text into a Document, or fails with 'invalid-xml' naming the file. */
export async function parseXml(file: string, text: string): Promise<Document> {
  if (/<!ENTITY/i.test(text)) fail('invalid-xml', file, 'the XML declares DTD entities (<!ENTITY>), which are refused for safety');
  const parse: ParseFn = typeof DOMParser === 'function' ? nativeParse : await loadXmldom();
  try {
    return parse(text);
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim().slice(0, 200);
    return fail('invalid-xml', file, `the file is not well-formed XML (${msg})`, { params: { detail: msg } });
  }
}
