/** An article after reading and parsing: plain text, ready for extraction. */
export interface Article {
  /** sha256 (hex) of the raw file bytes: the article's identity in the store. */
  id: string;
  /** The path the article was read from, as given. */
  file: string;
  title: string;
  /** Plain-text body, one paragraph or bullet per line, boilerplate still in. */
  body: string;
  /** Publication time as local ISO `YYYY-MM-DDTHH:mm:ss` (offset appended when the text gives one), or null. */
  published: string | null;
  /** A link to the article when the text carries one (a canonical URL line). */
  url: string | null;
}
