import { forEachText, isNotStated, komponenOf, normalizeText } from './data.js';

/** How a standard names the satisfaction survey: its name, its index, their abbreviations. */
const SURVEY_WORDS = /\b(?:survei kepuasan|survey kepuasan|indeks kepuasan|skm|ikm)\b/;

/**
 * Whether the service's evaluation component (its own or the unit's default) promises the
 * satisfaction survey: the promise the unit's survey results keep (`skm-kedaluwarsa`). A component
 * marked not stated promises nothing; its absence is another rule's to say.
 */
export function promisesSurvey(data: unknown): boolean {
  const evaluation = komponenOf(data).evaluasi_kinerja;
  if (evaluation === undefined || isNotStated(evaluation)) return false;
  let found = false;
  forEachText(evaluation, (text) => {
    found ||= SURVEY_WORDS.test(normalizeText(text));
  });
  return found;
}
