import { FEEDBACK_RATINGS, feedbackRatingLabel } from "@chinhquyenso/core";
import { useEffect, useId, useRef } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { useLocale } from "../provider/hooks";
import { dateTimeOrUndefined, ratingText } from "./format";
import { threadMessages } from "./messages";
import { actionErrorText } from "./ThreadComposer";
import type { ComplaintThreadState } from "./useComplaintThread";

export interface ComplaintThreadRatingProps {
  thread: ComplaintThreadState;
  headingLevel?: 3 | 4 | 5 | 6 | undefined;
}

/**
 * The citizen's rating of a resolved or closed feedback: the contract's 1–5 scale as five real radio buttons
 * (drawn as stars, each with its number and words, so arrow keys, screen readers and forced colours work as for
 * any radio group), an optional comment; afterwards the rating given, "Đổi đánh giá" while the platform's window
 * is open, and reopening offered after a low rating. Staff see the rating in the header and the timeline.
 */
export function ComplaintThreadRating({ thread, headingLevel = 3 }: ComplaintThreadRatingProps) {
  const t = useTranslator(threadMessages);
  const locale = useLocale();
  const { rating, reopen } = thread;
  const id = useId();
  const firstChoice = useRef<HTMLInputElement | null>(null);
  const changeButton = useRef<HTMLButtonElement | null>(null);
  const wasEditing = useRef(rating.editing);
  const { problem } = rating;
  // Opening the change form moves focus into it; leaving it (sent or cancelled) brings focus back.
  useEffect(() => {
    if (rating.editing && !wasEditing.current && rating.current) firstChoice.current?.focus();
    if (!rating.editing && wasEditing.current) changeButton.current?.focus();
    wasEditing.current = rating.editing;
  }, [rating.editing, rating.current]);
  useEffect(() => {
    if (problem?.kind === "missing") firstChoice.current?.focus();
  }, [problem]);

  if (!rating.available) return null;
  const Heading = `h${headingLevel}` as const;
  const sending = rating.phase === "sending";
  const until = dateTimeOrUndefined(rating.changeableUntil);
  const problemText =
    problem === undefined
      ? undefined
      : problem.kind === "missing"
        ? t("thread.rating.missing")
        : problem.kind === "too_long"
          ? t("thread.rating.tooLong", { count: problem.length, max: rating.maxLength })
          : actionErrorText(problem.error, t);
  return (
    <section
      className="cqs-complaint-thread__rating-panel"
      aria-labelledby={`${id}title`}
      data-rated={rating.current ?? "none"}
      data-editing={rating.editing || undefined}
    >
      <Heading id={`${id}title`} className="cqs-complaint-thread__section-title">
        {t("thread.rating.label")}
      </Heading>
      {rating.current && !rating.editing ? (
        <div className="cqs-complaint-thread__rating-given">
          <p>
            {t("thread.rating.current", { rating: ratingText(rating.current, locale) })}
            {until ? ` ${t("thread.rating.until", { time: until })}` : ""}
          </p>
          {until ? (
            <button
              ref={changeButton}
              type="button"
              className="cqs-button"
              onClick={() => rating.setEditing(true)}
            >
              {t("thread.rating.change")}
            </button>
          ) : null}
          {rating.offerReopen && !reopen.open ? (
            <div className="cqs-complaint-thread__rating-reopen">
              <p>{t("thread.rating.reopenOffer")}</p>
              <button type="button" className="cqs-button" onClick={() => reopen.setOpen(true)}>
                {t("thread.rating.reopen")}
              </button>
            </div>
          ) : null}
        </div>
      ) : (
        <form
          className="cqs-complaint-thread__rating-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!sending) rating.submit();
          }}
        >
          <fieldset
            className="cqs-complaint-thread__choices"
            aria-invalid={problem?.kind === "missing" || undefined}
            aria-describedby={problem === undefined ? undefined : `${id}error`}
          >
            <legend>{t("thread.rating.legend")}</legend>
            <div className="cqs-complaint-thread__stars">
              {FEEDBACK_RATINGS.map((value) => (
                <label
                  key={value}
                  className="cqs-complaint-thread__star"
                  data-rating={value}
                  data-filled={(rating.choice ?? 0) >= value || undefined}
                >
                  <input
                    ref={value === (rating.choice ?? FEEDBACK_RATINGS[0]) ? firstChoice : undefined}
                    type="radio"
                    className="cqs-complaint-thread__star-input"
                    name={`${id}rating`}
                    value={value}
                    checked={rating.choice === value}
                    disabled={sending}
                    onChange={() => rating.setChoice(value)}
                  />
                  <span className="cqs-complaint-thread__star-mark" aria-hidden="true">
                    ★
                  </span>
                  <span className="cqs-complaint-thread__star-level">{value}</span>
                  <span className="cqs-complaint-thread__star-label">
                    {feedbackRatingLabel(value, locale)}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="cqs-complaint-thread__field-label" htmlFor={`${id}comment`}>
            {t("thread.rating.comment")}
          </label>
          <textarea
            id={`${id}comment`}
            className="cqs-complaint-thread__textarea"
            rows={2}
            value={rating.comment}
            readOnly={sending}
            aria-invalid={problem?.kind === "too_long" || undefined}
            onChange={(event) => rating.setComment(event.target.value)}
          />
          {problemText === undefined ? null : (
            <p className="cqs-complaint-thread__error" role="alert" id={`${id}error`}>
              {problemText}
            </p>
          )}
          <div className="cqs-complaint-thread__submit-row">
            <button
              type="submit"
              className="cqs-button"
              data-variant="primary"
              aria-disabled={sending || undefined}
            >
              {sending ? t("thread.composer.sending") : t("thread.rating.submit")}
            </button>
            {rating.current ? (
              <button
                type="button"
                className="cqs-button"
                disabled={sending}
                onClick={() => rating.setEditing(false)}
              >
                {t("thread.rating.cancel")}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
