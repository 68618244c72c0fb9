/**
 * CSL styles the site registers with citation-js beyond the APA 7 style it ships. The Chicago
 * style is this project's own, small CSL 1.0 file: the bibliography entries of the Chicago Manual
 * of Style, 17th edition, notes-and-bibliography system, for the only item types the site cites
 * (news articles, web pages, a data set). The formatting rules themselves (inverting only the
 * first author's name, "and" with the serial comma, punctuation inside quotation marks, title
 * case, "ca." for uncertain dates, dates as "June 25, 2014") are applied by citeproc-js, the CSL
 * processor citation-js runs; tests/unit/cite.test.ts checks them for one, two and three authors
 * and an organisation.
 */

/** Template name under which CHICAGO_CSL is registered. */
export const CHICAGO_TEMPLATE = 'chicago-notes-bibliography-17';

/** Chicago (17th ed.) notes-bibliography: bibliography entries, as CSL 1.0 XML. */
export const CHICAGO_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="display-and-sort">
  <info>
    <title>Chicago Manual of Style 17th edition (notes and bibliography): bibliography entries of news articles, web pages and data sets</title>
    <id>https://jihadist-alliances.invalid/csl/${CHICAGO_TEMPLATE}</id>
    <category citation-format="note"/>
    <updated>2026-11-30T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <!-- Chicago abbreviates circa as "ca." (CMOS 10.43); the en-US locale has "c." -->
      <term name="circa" form="short">ca.</term>
    </terms>
  </locale>
  <macro name="contributors">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first" sort-separator=", "/>
      <substitute>
        <text macro="title"/>
      </substitute>
    </names>
  </macro>
  <macro name="title">
    <choose>
      <if type="dataset">
        <text variable="title" text-case="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" text-case="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="date">
    <choose>
      <if variable="issued">
        <group delimiter=" ">
          <choose>
            <if is-uncertain-date="issued">
              <text term="circa" form="short"/>
            </if>
          </choose>
          <date variable="issued" form="text"/>
        </group>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="version">
    <group delimiter=" ">
      <text term="version" text-case="capitalize-first"/>
      <text variable="version"/>
    </group>
  </macro>
  <citation>
    <layout>
      <text macro="contributors"/>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="contributors"/>
        <text macro="title"/>
        <choose>
          <if type="article-newspaper article-magazine" match="any">
            <group delimiter=", ">
              <text variable="container-title" font-style="italic"/>
              <text macro="date"/>
            </group>
          </if>
          <else-if type="dataset">
            <text macro="version"/>
            <group delimiter=", ">
              <text variable="publisher"/>
              <text macro="date"/>
            </group>
          </else-if>
          <else>
            <text variable="container-title"/>
            <text macro="date"/>
          </else>
        </choose>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
