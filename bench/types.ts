/** A benchmark case: `run` is timed over several repetitions by bench/run.ts. */
export interface Bench {
  name: string;
  params: Record<string, unknown>;
  /** Builds the input once, outside the timed region; its result is passed to `run`. */
  setup?: () => unknown;
  /** May return figures worth recording beside the time (events per second, counts). */
  run: (input: unknown) => unknown;
  /** Repetitions (default 5). */
  repeat?: number;
}
