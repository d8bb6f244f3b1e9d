import { registerEnumType } from '@nestjs/graphql';

/** How a person relates to a topic they list on their profile. */
export enum TopicKind {
  EXPERTISE = 'expertise',
  ASK_ME = 'ask_me',
  MENTOR = 'mentor',
  LEARN = 'learn',
}

registerEnumType(TopicKind, {
  name: 'TopicKind',
  description:
    'How a person relates to a topic: knows it, answers questions on it, mentors it, wants to learn it.',
  valuesMap: {
    EXPERTISE: { description: 'Knows it well.' },
    ASK_ME: { description: 'Happy to answer questions about it.' },
    MENTOR: { description: 'Can mentor colleagues on it.' },
    LEARN: { description: 'Wants to learn it.' },
  },
});

/** Kinds on which colleagues may endorse a person: claims of knowledge, not wishes to learn. */
export const ENDORSABLE_KINDS: readonly TopicKind[] = [
  TopicKind.EXPERTISE,
  TopicKind.ASK_ME,
  TopicKind.MENTOR,
];
