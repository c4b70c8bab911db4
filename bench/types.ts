/** A benchmark case: `run` is timed over several repetitions by bench/run.ts. */
export interface Bench {
  name: string;
  params: Record<string, unknown>;
  /** Builds the input once, outside the timed region; its result is passed to `run`. */
  setup?: () => unknown;
  run: (input: unknown) => void | Promise<void>;
  /** Repetitions (default 5). */
  repeat?: number;
}
