/**
 * What the who-said-what scripts share about a corpus article: the text they analyse, as `real:pick` writes it to a set's
 * `docs/rNN.txt` and `real:dumps` analyses it, so that a set's article and its dump line hold the same offsets.
 */

/** The text of a corpus article: its title, a newline, its text, a newline. */
export const articleText = (title: string | undefined, text: string): string => `${(title ?? '').trim()}\n${text.trim()}\n`;
