/** Issues found while analyzing a channel, before they are tied to a link (results are shared between links). */
import type { DraftIssue, Severity } from '../model/index.js';

export interface Finding {
  severity: Severity;
  code: string;
  /** May contain `{link}`, replaced by the link id. */
  message: string;
  hint?: string;
  /** Index into the link's `channel`, for the issue's model path. */
  channelIndex?: number;
  /**
   * Findings about catalog figures rather than the link (an estimated package allowance, an extrapolated
   * loss) carry a key: they are reported once per analysis, not once per link.
   */
  dedupeKey?: string;
}

/** Collects findings into issues, reporting keyed findings once with the number of links they apply to. */
export class IssueSink {
  readonly issues: DraftIssue[] = [];
  private readonly shared = new Map<string, { issue: DraftIssue; count: number; message: string }>();

  add(f: Finding, linkId: string, linkIndex: number): void {
    const seen = f.dedupeKey === undefined ? undefined : this.shared.get(f.dedupeKey);
    if (seen) {
      seen.count++;
      return;
    }
    const modelPath =
      f.channelIndex === undefined ? `links[${linkIndex}]` : `links[${linkIndex}].channel[${f.channelIndex}]`;
    const message = f.message.replaceAll('{link}', linkId);
    if (f.dedupeKey !== undefined) {
      const issue: DraftIssue = { severity: f.severity, code: f.code, message, modelPath };
      if (f.hint !== undefined) issue.hint = f.hint;
      this.shared.set(f.dedupeKey, { issue, count: 1, message });
      this.issues.push(issue);
      return;
    }
    const issue: DraftIssue = { severity: f.severity, code: f.code, message, modelPath };
    if (f.hint !== undefined) issue.hint = f.hint;
    this.issues.push(issue);
  }

  /** Appends "(N links)" to shared issues that applied to more than one link. */
  finish(): DraftIssue[] {
    for (const { issue, count, message } of this.shared.values()) {
      if (count > 1) issue.message = `${message} (and ${count - 1} more links)`;
    }
    return this.issues;
  }
}
