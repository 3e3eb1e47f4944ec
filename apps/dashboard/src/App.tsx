import { ChinhQuyenSoProvider, type Locale, type Theme } from "@chinhquyenso/react";
import { lazy, Suspense, useEffect, useState } from "react";
import { Route, Switch, useLocation } from "wouter";
import { client, storedLocale, storedTheme, storeLocale, storeTheme } from "./config";
import { MESSAGES, MessagesContext } from "./messages";
import { ApiStatusBanner } from "./shell/ApiStatusBanner";
import { AppErrorBoundary } from "./shell/AppErrorBoundary";
import { Header } from "./shell/Header";

// One chunk per screen: the home does not download the queue's grid, the signing dialog or the thread.
const Home = lazy(() => import("./routes/Home"));
const Queue = lazy(() => import("./routes/Queue"));
const DossierDetail = lazy(() => import("./routes/DossierDetail"));
const Documents = lazy(() => import("./routes/Documents"));
const Feedback = lazy(() => import("./routes/Feedback"));
const Calendar = lazy(() => import("./routes/Calendar"));
const Ioc = lazy(() => import("./routes/Ioc"));
const Household = lazy(() => import("./routes/Household"));
const NotFound = lazy(() => import("./routes/NotFound"));

export function App() {
  const [locale, setLocale] = useState<Locale>(storedLocale);
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const [location] = useLocation();
  const messages = MESSAGES[locale];

  useEffect(() => {
    document.documentElement.lang = locale;
    storeLocale(locale);
  }, [locale]);

  useEffect(() => {
    document.documentElement.dataset.cqsTheme = theme;
    storeTheme(theme);
  }, [theme]);

  return (
    <ChinhQuyenSoProvider client={client} locale={locale} theme={theme}>
      <MessagesContext.Provider value={messages}>
        <a className="skip-link" href="#main">
          {messages.skip}
        </a>
        <Header locale={locale} theme={theme} onLocaleChange={setLocale} onThemeChange={setTheme} />
        <ApiStatusBanner />
        <main id="main" tabIndex={-1}>
          <AppErrorBoundary messages={messages} resetKey={location}>
            <Suspense fallback={<p aria-busy="true">{messages.loading}</p>}>
              <Switch>
                <Route path="/" component={Home} />
                <Route path="/ho-so" component={Queue} />
                <Route path="/ho-so/:code" component={DossierDetail} />
                <Route path="/van-ban" component={Documents} />
                <Route path="/phan-anh" component={Feedback} />
                <Route path="/phan-anh/:id" component={Feedback} />
                <Route path="/lich" component={Calendar} />
                <Route path="/ioc" component={Ioc} />
                <Route path="/tra-cuu-ho" component={Household} />
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </AppErrorBoundary>
        </main>
      </MessagesContext.Provider>
    </ChinhQuyenSoProvider>
  );
}
