import type { MoveRefusal } from './cases.dto';

/** RFC 9457 problem details, the body of every error response. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  /** A refused move of a case: which rule refused it, for a message in the user's language. */
  refusal?: MoveRefusal;
}
