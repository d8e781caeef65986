/** Errors the exporter throws. Pure: importing this file does not load pdf-lib. */

/** Thrown by the exporter instead of dropping characters the embedded font cannot show. */
export class UnsupportedCharactersError extends Error {
  override readonly name = 'UnsupportedCharactersError';
  /** Each character once, in the order first met, e.g. ['😀', 'ب']. */
  readonly characters: string[];
  constructor(characters: string[]) {
    super(`The PDF font cannot show these characters: ${characters.map(describeCharacter).join(', ')}`);
    this.characters = characters;
  }
}

/** "😀 (U+1F600)": the character and its code point, for messages and logs. */
export function describeCharacter(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `${ch} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
}
