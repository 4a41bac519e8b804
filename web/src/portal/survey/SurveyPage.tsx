// The customer's satisfaction survey 满意度问卷, opened from the link in an SMS / WeChat / email message: no
// sign-in (the single-use token is the credential), no staff layout, phone-first (390×844, WeChat's in-app
// browser), in Chinese or English.
import { useState } from 'react';
import { useParams } from 'react-router';
import { SATISFACTION_LEVELS, useAnswerSurvey, useSurvey, type SatisfactionLevel } from '../../api/callbacks.ts';
import { isApiError } from '../../api/client.ts';
import { browserLang, SURVEY_TEXT, type SurveyLang } from './i18n.ts';

const DIMENSIONS = ['result', 'attitude', 'efficiency'] as const;
type Dimension = (typeof DIMENSIONS)[number];
const FACES: Record<SatisfactionLevel, string> = { very_satisfied: '😄', satisfied: '🙂', neutral: '😐', dissatisfied: '🙁', very_dissatisfied: '😞' };

const page: React.CSSProperties = { minHeight: '100vh', background: '#f5f6f8', padding: '16px 12px 32px', boxSizing: 'border-box', fontSize: 16, color: '#1f1f1f' };
const card: React.CSSProperties = { maxWidth: 480, margin: '0 auto', background: '#fff', borderRadius: 12, padding: 16, boxShadow: '0 1px 3px rgba(0,0,0,.06)' };
const choice = (on: boolean): React.CSSProperties => ({
  display: 'flex',
  alignItems: 'center',
  gap: 12,
  width: '100%',
  minHeight: 48,
  padding: '8px 14px',
  marginBottom: 8,
  borderRadius: 10,
  border: on ? '2px solid #1677ff' : '1px solid #d9d9d9',
  background: on ? '#e6f4ff' : '#fff',
  fontSize: 16,
  textAlign: 'left',
  cursor: 'pointer',
});
const small = (on: boolean): React.CSSProperties => ({
  flex: '1 1 0',
  minWidth: 0,
  minHeight: 40,
  padding: '4px 2px',
  borderRadius: 8,
  border: on ? '2px solid #1677ff' : '1px solid #d9d9d9',
  background: on ? '#e6f4ff' : '#fff',
  fontSize: 12,
  cursor: 'pointer',
});

export const SurveyPage = () => {
  const { token = '' } = useParams();
  const [lang, setLang] = useState<SurveyLang>(browserLang);
  const tx = SURVEY_TEXT[lang];
  const survey = useSurvey(token, lang);
  const answer = useAnswerSurvey(token, lang);
  const [overall, setOverall] = useState<SatisfactionLevel | null>(null);
  const [dims, setDims] = useState<Partial<Record<Dimension, SatisfactionLevel>>>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (!overall) {
      setMissing(true);
      return;
    }
    answer.mutate({ overall, ...dims, ...(comment.trim() ? { comment: comment.trim() } : {}) });
  };

  const failure = (err: unknown) => (isApiError(err) && err.status === 404 ? tx.notFound : isApiError(err) && err.status === 410 ? err.message || tx.unavailable : tx.error);

  let content: React.ReactNode;
  if (answer.isSuccess) {
    const unhappy = overall === 'dissatisfied' || overall === 'very_dissatisfied';
    content = (
      <div data-testid="survey-thanks" style={{ textAlign: 'center', padding: '24px 0' }}>
        <div style={{ fontSize: 40 }}>{unhappy ? '🙏' : '🎉'}</div>
        <h2 style={{ fontSize: 20 }}>{tx.thanks}</h2>
        <p>{unhappy ? tx.thanksDissatisfied : tx.thanksSatisfied}</p>
      </div>
    );
  } else if (survey.isPending) {
    content = <p style={{ textAlign: 'center', color: '#888' }}>…</p>;
  } else if (survey.isError) {
    content = (
      <p data-testid="survey-error" role="alert" style={{ color: '#cf1322' }}>
        {failure(survey.error)}
      </p>
    );
  } else {
    const v = survey.data;
    content = (
      <>
        <p style={{ marginTop: 0 }}>{tx.intro}</p>
        <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px', margin: '0 0 16px', fontSize: 14 }}>
          <dt style={{ color: '#888' }}>{tx.caseNumber}</dt>
          <dd style={{ margin: 0 }} data-testid="survey-case-number">
            {v.caseNumber}
          </dd>
          {v.category && (
            <>
              <dt style={{ color: '#888' }}>{tx.category}</dt>
              <dd style={{ margin: 0 }}>{v.category[lang]}</dd>
            </>
          )}
          <dt style={{ color: '#888' }}>{tx.resolvedOn}</dt>
          <dd style={{ margin: 0 }}>{v.resolvedOn}</dd>
        </dl>
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
          <legend style={{ fontWeight: 600, marginBottom: 8 }}>{tx.overall}</legend>
          {SATISFACTION_LEVELS.map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={overall === l}
              style={choice(overall === l)}
              onClick={() => {
                setOverall(l);
                setMissing(false);
              }}
              data-testid={`survey-overall-${l}`}
            >
              <span style={{ fontSize: 24 }} aria-hidden>
                {FACES[l]}
              </span>
              {tx[l]}
            </button>
          ))}
          {missing && (
            <p role="alert" style={{ color: '#cf1322', margin: 0 }}>
              {tx.chooseOverall}
            </p>
          )}
        </fieldset>
        <p style={{ color: '#888', fontSize: 14, margin: '0 0 8px' }}>{tx.optional}</p>
        {DIMENSIONS.map((d) => (
          <fieldset key={d} style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
            <legend style={{ fontSize: 14, marginBottom: 6 }}>{tx[d]}</legend>
            <div style={{ display: 'flex', gap: 4 }}>
              {SATISFACTION_LEVELS.map((l) => (
                <button key={l} type="button" aria-pressed={dims[d] === l} style={small(dims[d] === l)} onClick={() => setDims((x) => ({ ...x, [d]: l }))} data-testid={`survey-${d}-${l}`}>
                  {tx[l]}
                </button>
              ))}
            </div>
          </fieldset>
        ))}
        <label style={{ display: 'block', fontSize: 14, marginBottom: 6 }} htmlFor="survey-comment">
          {tx.comment}
        </label>
        <textarea
          id="survey-comment"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={2000}
          rows={3}
          style={{ width: '100%', boxSizing: 'border-box', fontSize: 16, padding: 8, borderRadius: 8, border: '1px solid #d9d9d9' }}
          data-testid="survey-comment"
        />
        {answer.isError && (
          <p role="alert" data-testid="survey-submit-error" style={{ color: '#cf1322' }}>
            {failure(answer.error)}
          </p>
        )}
        <button
          type="button"
          onClick={submit}
          disabled={answer.isPending}
          style={{ width: '100%', minHeight: 48, marginTop: 12, border: 0, borderRadius: 10, background: '#1677ff', color: '#fff', fontSize: 17, cursor: 'pointer' }}
          data-testid="survey-submit"
        >
          {tx.submit}
        </button>
      </>
    );
  }

  return (
    <main style={page} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div style={card}>
        <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
          <h1 style={{ fontSize: 20, margin: 0 }}>{tx.title}</h1>
          <button
            type="button"
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            style={{ border: '1px solid #d9d9d9', background: '#fff', borderRadius: 16, padding: '4px 12px', fontSize: 14 }}
            data-testid="survey-lang"
          >
            {tx.language}
          </button>
        </header>
        {content}
      </div>
    </main>
  );
};
