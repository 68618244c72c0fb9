/** The components long-form MDX pages may use, passed to <Content components={…} />. */
import Chronology from './ProseChronology.astro';
import Cite from './Cite.astro';
import E from './E.astro';
import PrecisionTable from './PrecisionTable.astro';
import RelationTables from './RelationTables.astro';
import SiteCitation from './SiteCitation.astro';
import StatusTable from './StatusTable.astro';
import SupportTable from './SupportTable.astro';
import TypeTable from './TypeTable.astro';

export const proseComponents = { Chronology, Cite, E, PrecisionTable, RelationTables, SiteCitation, StatusTable, SupportTable, TypeTable };
