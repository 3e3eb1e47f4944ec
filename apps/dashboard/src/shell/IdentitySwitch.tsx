// Who is signed in (session.me: name and agency), and the sandbox's identity switch: the demo's way to show a
// 403 and another agency's hidden records. Small on purpose: the header only places it.
import type { Me } from "@chinhquyenso/client";
import type { Locale } from "@chinhquyenso/react";
import { type FormEvent, useEffect, useId, useState } from "react";
import { client, SANDBOX_IDENTITIES, type SandboxIdentity, storedIdentity, switchIdentity } from "../config";

const TEXT = {
  vi: {
    signedIn: "Đang đăng nhập",
    unknown: "Chưa xác định được tài khoản",
    noAgency: "Công dân",
    switch: "Tài khoản thử (sandbox)",
    apply: "Đăng nhập lại",
    officer: "Chuyên viên cơ quan A (mặc định)",
    officer_2: "Chuyên viên cơ quan B",
    leader: "Lãnh đạo cơ quan A",
    citizen: "Công dân",
  },
  en: {
    signedIn: "Signed in as",
    unknown: "Account not known yet",
    noAgency: "Citizen",
    switch: "Sandbox account",
    apply: "Sign in again",
    officer: "Officer of agency A (default)",
    officer_2: "Officer of agency B",
    leader: "Leader of agency A",
    citizen: "Citizen",
  },
} satisfies Record<Locale, Record<string, string>>;

export function IdentitySwitch({ locale }: { locale: Locale }) {
  const text = TEXT[locale];
  const id = useId();
  const [me, setMe] = useState<Me | undefined>(undefined);
  const [chosen, setChosen] = useState<SandboxIdentity>(storedIdentity);
  // Applied with a button, not on change: a new sign-in reloads the page (WCAG 3.2.2, on input).
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (chosen !== storedIdentity()) switchIdentity(chosen);
  };
  useEffect(() => {
    const controller = new AbortController();
    client.session.me({ signal: controller.signal }).then(setMe, () => setMe(undefined));
    return () => controller.abort();
  }, []);
  return (
    <div className="app-identity">
      <p className="app-identity__who" data-identity={me?.kind}>
        <span className="app-identity__label">{text.signedIn}: </span>
        {me ? (
          <>
            <strong>{me.name}</strong> · {me.agencyName ?? text.noAgency}
          </>
        ) : (
          text.unknown
        )}
      </p>
      <form className="app-identity__form" onSubmit={apply}>
        <label htmlFor={`${id}-identity`} className="app-identity__label">
          {text.switch}
        </label>
        <select
          id={`${id}-identity`}
          className="app-identity__select"
          value={chosen}
          onChange={(event) => setChosen(event.target.value as SandboxIdentity)}
        >
          {SANDBOX_IDENTITIES.map((identity) => (
            <option key={identity.id} value={identity.id}>
              {text[identity.id]}
            </option>
          ))}
        </select>
        <button type="submit" className="app-switch">
          {text.apply}
        </button>
      </form>
    </div>
  );
}
