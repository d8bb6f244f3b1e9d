import { renderDigest } from './digest-renderer';

const url = 'https://relais.example.com/notifications';

describe('renderDigest', () => {
  it('writes French with French plurals: 0 and 1 singular, more plural', () => {
    const one = renderDigest({
      locale: 'fr',
      displayName: 'Camille',
      counts: { mention: 1 },
      notificationsUrl: url,
    });
    expect(one.subject).toBe('Vous avez 1 nouvelle notification');
    expect(one.text).toContain('- 1 mention\n');

    const many = renderDigest({
      locale: 'fr',
      displayName: 'Camille Martin',
      counts: { mention: 2, reaction: 1, join_request: 3 },
      notificationsUrl: url,
    });
    expect(many.subject).toBe('Vous avez 6 nouvelles notifications');
    expect(many.text).toBe(
      [
        'Bonjour Camille Martin,',
        '',
        'Depuis votre dernier récapitulatif, sur Relais\u00a0:',
        '- 2 mentions',
        '- 1 réaction à vos publications',
        '- 3 demandes d’adhésion aux communautés que vous animez',
        '',
        `Voir vos notifications\u00a0: ${url}`,
        '',
        '--',
        'Vous recevez ce récapitulatif quotidien parce que vous avez des notifications non lues. Il ne donne que des nombres\u00a0: ouvrez Relais pour les lire.',
        '',
      ].join('\n'),
    );
  });

  it('writes English with English plurals', () => {
    const one = renderDigest({
      locale: 'en',
      displayName: 'Ada',
      counts: { reply: 1 },
      notificationsUrl: url,
    });
    expect(one.subject).toBe('You have 1 new notification');
    expect(one.text).toContain('- 1 reply to your posts or comments\n');
    const many = renderDigest({
      locale: 'en',
      displayName: 'Ada',
      counts: { reply: 2, accepted_answer: 1, invitation: 2 },
      notificationsUrl: url,
    });
    expect(many.subject).toBe('You have 5 new notifications');
    expect(many.text.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      '- 2 replies to your posts or comments',
      '- 1 accepted answer',
      '- 2 invitations to join communities',
    ]);
    expect(many.text).toContain(`See your notifications: ${url}`);
  });

  it('formats large counts the way each language writes numbers', () => {
    const fr = renderDigest({
      locale: 'fr',
      displayName: 'C',
      counts: { reaction: 1234 },
      notificationsUrl: url,
    });
    const en = renderDigest({
      locale: 'en',
      displayName: 'A',
      counts: { reaction: 1234 },
      notificationsUrl: url,
    });
    expect(fr.subject).toBe('Vous avez 1\u202f234 nouvelles notifications');
    expect(en.subject).toBe('You have 1,234 new notifications');
  });

  it('falls back to French, the default locale, for anything else', () => {
    expect(
      renderDigest({ locale: 'de', displayName: 'X', counts: { mention: 2 }, notificationsUrl: url }).locale,
    ).toBe('fr');
  });

  it('escapes the name in the HTML part and links to the notifications page', () => {
    const digest = renderDigest({
      locale: 'en',
      displayName: '<script>alert(1)</script> & Co',
      counts: { mention: 1 },
      notificationsUrl: url,
    });
    expect(digest.html).not.toContain('<script>');
    expect(digest.html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co,');
    expect(digest.html).toContain(`<a href="${url}">See your notifications</a>`);
    expect(digest.html).toContain('<li>1 mention</li>');
    expect(digest.html).toContain('<html lang="en">');
  });

  it('leaves out kinds with no notification', () => {
    const digest = renderDigest({
      locale: 'en',
      displayName: 'A',
      counts: { mention: 0, reply: 2 },
      notificationsUrl: url,
    });
    expect(digest.total).toBe(2);
    expect(digest.text).not.toContain('mention');
  });
});
