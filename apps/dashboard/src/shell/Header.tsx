import { type Locale, NotificationCenter, type Theme } from "@chinhquyenso/react";
import { Link, useLocation } from "wouter";
import { APP_NAME } from "../config";
import { useMessages } from "../messages";
import { PATHS, pathOfNotification } from "../paths";
import { IdentitySwitch } from "./IdentitySwitch";

interface HeaderProps {
  locale: Locale;
  theme: Theme;
  onLocaleChange(locale: Locale): void;
  onThemeChange(theme: Theme): void;
}

const NAV = [
  { href: PATHS.home, key: "home" },
  { href: PATHS.queue, key: "queue" },
  { href: PATHS.documents, key: "documents" },
  { href: PATHS.feedback, key: "feedback" },
  { href: PATHS.calendar, key: "calendar" },
  { href: PATHS.ioc, key: "ioc" },
  { href: PATHS.household, key: "household" },
] as const;

function isCurrent(href: string, location: string): boolean {
  return href === "/" ? location === "/" : location === href || location.startsWith(`${href}/`);
}

export function Header({ locale, theme, onLocaleChange, onThemeChange }: HeaderProps) {
  const messages = useMessages();
  const [location, navigate] = useLocation();

  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link href={PATHS.home} className="app-header__brand">
          {APP_NAME[locale]}
        </Link>
        <div className="app-header__tools">
          <IdentitySwitch locale={locale} />
          <NotificationCenter onNavigate={(item) => navigate(pathOfNotification(item))} />
          <button
            type="button"
            className="app-switch"
            lang={locale === "vi" ? "en" : "vi"}
            onClick={() => onLocaleChange(locale === "vi" ? "en" : "vi")}
          >
            {messages.language}
          </button>
          <button
            type="button"
            className="app-switch"
            aria-pressed={theme === "dark"}
            onClick={() => onThemeChange(theme === "dark" ? "light" : "dark")}
          >
            {messages.themeDark}
          </button>
        </div>
      </div>
      <nav aria-label={messages.nav} className="app-nav">
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={isCurrent(item.href, location) ? "page" : undefined}>
                {messages[item.key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
