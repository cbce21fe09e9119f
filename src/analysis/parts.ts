/**
 * Where the copy of the original message is. Bounces carry the returned message or its headers;
 * dates, addresses and server names there say nothing about the failure, so wording, DSN fields and
 * the choice of the primary code look only at the rest (the report).
 *
 * A returned part starts at a marker and ends at the next MIME boundary line of the message (in an
 * Exchange NDR the "Original message headers:" block sits inside the text part, and the
 * delivery-status part follows it), or at the end of the text.
 */
const RETURNED_MARKERS: RegExp[] = [
  // MIME part holding the original message or its headers (RFC 3462 / RFC 6533).
  /^content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers|message\/global|message\/global-headers)\b/gim,
  // Exim: "------ This is a copy of the message, including all the headers. ------"
  /^-{2,}[ \t]*this is a copy of the message/gim,
  // qmail: "--- Below this line is a copy of the message."
  /^-{2,}[ \t]*below this line is a copy of the message/gim,
  // Gmail, Yahoo and many others: "----- Original message -----"
  /^-{2,}[ \t]*original message[ \t]*-{0,20}[ \t]*$/gim,
  /^-{2,}[ \t]*(?:the )?original message (?:follows|headers)/gim,
  // Exchange and Microsoft 365 NDRs.
  /^original message headers:/gim,
  /^-{2,}[ \t]*returned message[ \t]*-{0,20}/gim,
];

const BOUNDARY_PARAM = /\bboundary[ \t]*=[ \t]*"?([^";\s]{1,200})"?/gi;
/** Markers examined per kind: a bounce has one or two; a huge paste must not cost more. */
const MAX_MARKERS = 50;

export class MessageParts {
  /** Sorted, non-overlapping [start, end) ranges of returned content. */
  readonly returned: ReadonlyArray<readonly [number, number]>;

  constructor(private readonly text: string) {
    this.returned = locateReturned(text);
  }

  isReturned(offset: number): boolean {
    for (const [a, b] of this.returned) {
      if (offset < a) return false;
      if (offset < b) return true;
    }
    return false;
  }

  /** The report: every range not returned, cut off after `limit` characters in total. */
  reportRanges(limit = Number.MAX_SAFE_INTEGER): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let pos = 0;
    let budget = limit;
    const push = (a: number, b: number) => {
      if (b <= a || budget <= 0) return;
      const end = Math.min(b, a + budget);
      out.push([a, end]);
      budget -= end - a;
    };
    for (const [a, b] of this.returned) {
      push(pos, a);
      pos = b;
    }
    push(pos, this.text.length);
    return out;
  }
}

function locateReturned(text: string): Array<[number, number]> {
  // Boundaries with where they are declared: a returned message declares its own, which must not
  // end the returned part early, so only those declared before a marker count for it.
  const declared: Array<{ at: number; line: string }> = [];
  BOUNDARY_PARAM.lastIndex = 0;
  for (const m of text.matchAll(BOUNDARY_PARAM)) if (m[1]) declared.push({ at: m.index, line: `\n--${m[1]}` });

  const ranges: Array<[number, number]> = [];
  for (const marker of RETURNED_MARKERS) {
    marker.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while (n++ < MAX_MARKERS && (m = marker.exec(text)) !== null) {
      const start = m.index;
      let end = text.length;
      for (const b of declared) {
        if (b.at >= start) continue;
        const at = text.indexOf(b.line, start);
        if (at >= 0 && at + 1 < end) end = at + 1;
      }
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
