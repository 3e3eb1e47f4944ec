/** The heading level a widget gives its title, so it fits the host page's outline (h1 is the page's). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;
