import { quoteLiteral } from '../db/sql.js';

/**
 * The text patterns profiling detects in string columns (modes quality and full). The reference
 * full-matched unanchored-looking patterns, so `url` only matched the bare text `http://`,
 * `datetime_iso` only values without seconds, and `phone` any 10–20 digit number. Each pattern
 * here states the whole value (anchored), and a test checks it against real values in DuckDB
 * (RE2 syntax: no look-around, so `phone` combines several conditions).
 */
export interface TextPattern {
  name: string;
  /** SQL boolean over the VARCHAR expression `v`. */
  test(v: string): string;
}

const DATE = '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';

const matches = (v: string, re: string) => `regexp_matches(${v}, ${quoteLiteral(re)})`;
const regex = (name: string, re: string): TextPattern => ({ name, test: (v) => matches(v, re) });

export const PATTERNS: readonly TextPattern[] = [
  regex('email', '^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$'),
  // Any version: DuckDB's UUID type and v6/v7 generators go beyond the reference's 1–5.
  regex('uuid', '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$'),
  // Scheme and host, then an optional port and any path/query/fragment without spaces.
  regex(
    'url',
    '^https?://([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?([/?#][^\\s]*)?$',
  ),
  {
    // 7–15 digits (E.164 allows 15) with a leading + or separators: a bare run of digits is
    // a number, and dates, IPv4 addresses and decimals are not phone numbers.
    name: 'phone',
    test: (v) =>
      [
        matches(v, '^\\+?[0-9(][0-9 ().-]*[0-9]$'),
        `(starts_with(${v}, '+') OR ${matches(v, '[ ().-]')})`,
        `length(regexp_replace(${v}, '[^0-9]', '', 'g')) BETWEEN 7 AND 15`,
        `NOT ${matches(v, '^[0-9]{4}-[0-9]{2}-[0-9]{2}')}`,
        `NOT ${matches(v, '^[0-9]{1,3}(\\.[0-9]{1,3}){3}$')}`,
        `NOT ${matches(v, '^[0-9]+\\.[0-9]+$')}`,
      ].join(' AND '),
  },
  regex('ipv4', `^(${OCTET}\\.){3}${OCTET}$`),
  regex('date_iso', `^${DATE}$`),
  // Minutes, optional seconds and fraction, optional Z or offset; T or a space.
  regex(
    'datetime_iso',
    `^${DATE}[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3])(:?[0-5][0-9])?)?$`,
  ),
];
