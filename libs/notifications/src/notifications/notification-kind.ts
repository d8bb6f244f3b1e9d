/** What happened. Stored as text; the migration's CHECK constraint lists the same values. */
export const NOTIFICATION_KINDS = [
  'mention',
  'reply',
  'reaction',
  'join_request',
  'join_decision',
  'accepted_answer',
  'invitation',
  'expert_question',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification is about; a subject type without a registered visibility checker is never shown. */
export const NOTIFICATION_SUBJECT_TYPES = ['post', 'comment', 'community'] as const;
export type NotificationSubjectType = (typeof NOTIFICATION_SUBJECT_TYPES)[number];

export interface NotificationRequest {
  kind: NotificationKind;
  /** Who is told. The caller has already checked that each of them may see the subject. */
  recipientIds: readonly string[];
  actorId: string | null;
  subject: { type: NotificationSubjectType; id: string };
  /** Small extra facts (e.g. `{ decision: 'approved' }`); ids only, never names or text. */
  data?: Record<string, string | number | boolean>;
  /**
   * Names the event, when the same event can be caused again (e.g. `${postId}:${actorId}` for a reaction
   * removed and added back): a recipient is told about one key once, whichever job delivers it. Without
   * it, each notify() call is its own event.
   */
  eventKey?: string;
}
