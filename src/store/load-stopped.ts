/** Thrown by a load (and caught by the loader) when it is abandoned for a reason worth saying: the sentence is its message. */
export class LoadStopped extends Error {}
