import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { ReactionKind, ReactionSubjectType } from '../../gql/graphql';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { useFormat } from '../../lib/format';
import { FormError } from '../../ui/states';
import { REACT, UNREACT } from './documents';
import { ReactionIcon } from './icons';
import { REACTION_KINDS } from './labels';

export interface ReactionSnapshot {
  myReaction: ReactionKind | null;
  reactionCounts: Array<{ kind: ReactionKind; count: number }>;
}

/** What the counts become when the person's reaction changes from one kind (or none) to another (or none). */
export function applyReaction(state: ReactionSnapshot, next: ReactionKind | null): ReactionSnapshot {
  const counts = new Map(state.reactionCounts.map((c) => [c.kind, c.count]));
  if (state.myReaction) counts.set(state.myReaction, Math.max(0, (counts.get(state.myReaction) ?? 0) - 1));
  if (next) counts.set(next, (counts.get(next) ?? 0) + 1);
  return {
    myReaction: next,
    reactionCounts: [...counts]
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count),
  };
}

/**
 * One toggle button per reaction kind with its count; the person's own reaction is pressed. A click shows
 * its effect at once, then the api's answer replaces it; a refusal restores the last known state.
 * Clicks made while a change is on its way are sent after it, in order.
 */
export function Reactions({
  subject,
  state,
  canReact,
  onSettled,
}: {
  subject: { id: string; type: ReactionSubjectType };
  state: ReactionSnapshot;
  canReact: boolean;
  onSettled?: (state: ReactionSnapshot) => void;
}) {
  const { t } = useTranslation('feed');
  const format = useFormat();
  const client = useClient();
  const [shown, setShown] = useState(state);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const confirmed = useRef(state);
  const latest = useRef(state);
  const pending = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  // A newer state from the page (a reload) wins, unless changes of ours are still on their way.
  const incoming = JSON.stringify(state);
  useEffect(() => {
    if (pending.current > 0) return;
    const next = JSON.parse(incoming) as ReactionSnapshot;
    confirmed.current = next;
    latest.current = next;
    setShown(next);
  }, [incoming]);

  const toggle = (kind: ReactionKind) => {
    const next = latest.current.myReaction === kind ? null : kind;
    latest.current = applyReaction(latest.current, next);
    setShown(latest.current);
    setProblem(null);
    pending.current += 1;
    queue.current = queue.current.then(async () => {
      const target = { id: subject.id, type: subject.type };
      const result = next
        ? await client.mutation(REACT, { kind: next, subject: target }).toPromise()
        : await client.mutation(UNREACT, { subject: target }).toPromise();
      pending.current -= 1;
      const answer = result.data ? ('react' in result.data ? result.data.react : result.data.unreact) : null;
      if (!answer) {
        // Whatever was queued after this click was computed from a state that did not happen.
        latest.current = confirmed.current;
        setShown(confirmed.current);
        setProblem(apiProblem(result.error));
        return;
      }
      confirmed.current = { myReaction: answer.myReaction ?? null, reactionCounts: answer.reactionCounts };
      if (pending.current === 0) {
        latest.current = confirmed.current;
        setShown(confirmed.current);
        onSettled?.(confirmed.current);
      }
    });
  };

  const countOf = (kind: ReactionKind) => shown.reactionCounts.find((c) => c.kind === kind)?.count ?? 0;
  if (!canReact) {
    const used = REACTION_KINDS.filter((kind) => countOf(kind) > 0);
    if (used.length === 0) return null;
    return (
      <ul className="reactions reactions-static" aria-label={t('reaction.group')}>
        {used.map((kind) => (
          <li key={kind} className="reaction">
            <ReactionIcon kind={kind} />
            <span className="visually-hidden">
              {t('reaction.count', { label: t(`reaction.${kind}`), count: countOf(kind) })}
            </span>
            <span aria-hidden="true">{format.number(countOf(kind))}</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="reactions-wrap">
      <div className="reactions" role="group" aria-label={t('reaction.group')}>
        {REACTION_KINDS.map((kind) => {
          const count = countOf(kind);
          return (
            <button
              key={kind}
              type="button"
              className="reaction"
              aria-pressed={shown.myReaction === kind}
              title={t(`reaction.${kind}`)}
              data-kind={kind}
              onClick={() => toggle(kind)}
            >
              <ReactionIcon kind={kind} />
              <span className="reaction-label">{t(`reaction.${kind}`)}</span>
              {count > 0 ? <span className="reaction-count">{format.number(count)}</span> : null}
            </button>
          );
        })}
      </div>
      <FormError problem={problem} />
    </div>
  );
}
