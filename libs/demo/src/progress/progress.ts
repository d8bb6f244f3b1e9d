/** How far a long job got: `done` out of `total` units, in the named step. */
export interface ProgressReport {
  step: string;
  done: number;
  total: number;
}

export type Progress = (report: ProgressReport) => void;

export const silentProgress: Progress = () => undefined;
