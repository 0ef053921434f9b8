import { Link } from 'wouter-preact';
import { useI18n } from '../i18n/index.js';

export function Home() {
  const { t } = useI18n();
  const cards = [
    ['/licitaciones', 'nav.tenders', 'home.tenders'],
    ['/verificar', 'nav.verify', 'home.verify'],
    ['/red', 'nav.network', 'home.network'],
    ['/gobernanza', 'nav.governance', 'home.governance'],
  ];
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <ul class="cards">
        {cards.map(([href, title, text]) => (
          <li key={href}>
            <h2><Link href={href}>{t(title)}</Link></h2>
            <p>{t(text)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
