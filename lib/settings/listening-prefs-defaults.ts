/** The wording that introduces an inserted restatement, unless a team or the agent chose another. */
export const DEFAULT_RESTATEMENT_PREFIX = "Just to make sure I've understood: ";
