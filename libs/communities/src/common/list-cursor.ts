import { CursorPosition, keysetCursor } from '@relais/common';

const KEYS = { at: 'timestamp', id: 'uuid' } as const;

/** A position in a list ordered by an instant (created, joined, asked) and the id breaking ties. */
export type KeysetPosition = CursorPosition<typeof KEYS>;

/** The cursors of the directory, members and join requests; each names its list, so none is taken for another. */
export const listCursor = keysetCursor(KEYS);
