/** A person as the people context reads them: the account's directory fields and the profile, joined. */
export interface PersonRecord {
  id: string;
  displayName: string;
  /** The e-mail's local part: what `@handle` mentions use. */
  handle: string;
  title: string | null;
  department: string | null;
  location: string | null;
  locale: 'fr' | 'en';
  status: 'active' | 'deactivated';
  createdAt: Date;
  bioMarkdown: string;
  bioHtml: string;
  languages: string[];
  avatarUrl: string | null;
}
