import { hasPersonalNumber, maskPersonalNumbers } from "@chinhquyenso/core";
import { Fragment, memo } from "react";
import { dataLang } from "../internal/dataLang";
import { useLocale } from "../provider/hooks";
import { linkify } from "./linkify";

export interface UserTextProps {
  text: string;
  className?: string | undefined;
  /** Read out after each link (it opens in a new tab). */
  newTabHint: string;
  /** `span` inside a sentence; `div` (default) for a message body that keeps its line breaks. */
  as?: "div" | "span";
}

/**
 * Text someone typed, rendered as text — never as HTML. http(s) URLs become links (isolated with <bdi>, so an
 * RTL override around them cannot reorder them); citizen ID and phone numbers are masked, and a URL carrying one
 * stays unlinked text, masked.
 */
export const UserText = /* @__PURE__ */ memo(function UserText({
  text,
  className,
  newTabHint,
  as = "div",
}: UserTextProps) {
  const Element = as;
  const locale = useLocale();
  const lang = dataLang(locale);
  return (
    <Element className={className} dir="auto" lang={lang}>
      {linkify(text).map((segment, index) => {
        if (segment.kind === "text" || hasPersonalNumber(segment.text)) {
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their order.
          return <Fragment key={index}>{maskPersonalNumbers(segment.text)}</Fragment>;
        }
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their order.
          <bdi key={index}>
            <a href={segment.href} target="_blank" rel="noopener noreferrer">
              {segment.text}
              <span className="cqs-visually-hidden" lang={lang ? locale : undefined}>
                {" "}
                {newTabHint}
              </span>
            </a>
          </bdi>
        );
      })}
    </Element>
  );
});
