import { FIELD_DESCRIPTIONS, FIELD_HEADERS, REQUIRED_FIELDS } from '../../domain/import/columns'
import { EXPORT_FIELDS, SPREADSHEET_LOSSES } from '../../domain/import/spreadsheet-export'
import { ScrollBox } from './scroll-box'
import './spreadsheet-import.css'
import { useModalDialog } from '../../components/use-modal-dialog'
import '../../components/modal-dialog.css'

/** "Format help": the spreadsheet's columns and the JSON format, in plain words, with the references. */
export default function FormatHelpDialog({ onClose }: { onClose: () => void }) {
  const { dialogRef, headingRef, titleId, onDialogClose } = useModalDialog(onClose)

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog import-dialog format-help"
      aria-labelledby={titleId}
      onClose={onDialogClose}
    >
      <div className="modal-dialog__inner">
        <header className="modal-dialog__header import-dialog__header">
          <h2 id={titleId} ref={headingRef} tabIndex={-1}>
            Format help
          </h2>
        </header>
        <div className="import-dialog__body">
          <section className="import-dialog__section" aria-labelledby={`${titleId}-sheet`}>
            <h3 id={`${titleId}-sheet`}>Spreadsheets</h3>
            <p>
              One row per membership: which organization belongs to which coalition, since when, and the link that shows
              it. The first row holds the column names; their order does not matter, and the importer recognises common
              names (“Company” or “Member” for organization, “Date joined” or “Since” for joined, “URL” or “Link” for
              source URL). You can also change what each column means before importing. Only organization, coalition and
              source URL are required.
            </p>
            <ScrollBox label="Spreadsheet columns">
              <table className="import-table">
                <caption className="visually-hidden">Spreadsheet columns</caption>
                <thead>
                  <tr>
                    <th scope="col">Column</th>
                    <th scope="col">What it holds</th>
                  </tr>
                </thead>
                <tbody>
                  {EXPORT_FIELDS.map((field) => (
                    <tr key={field}>
                      <th scope="row">
                        <code>{FIELD_HEADERS[field]}</code>
                        {REQUIRED_FIELDS.includes(field) ? ' (required)' : ''}
                      </th>
                      <td>{FIELD_DESCRIPTIONS[field]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
            <ul>
              <li>
                <strong>Dates</strong> can be a year (2024), a month (2024-05, May 2024) or a day (2024-05-14, 14 May
                2024, an Excel date, 14/05/2024 or 05/14/2024: when both readings are possible you are asked once which
                order the sheet uses). A month stays a month: “May 2024” never becomes 1 May.
              </li>
              <li>
                <strong>When the date is not known exactly</strong>, give the bounds the evidence gives: “joinedBy” for
                “a member by”, “joinedAfter” for “joined after”, “leftAfter” and “leftBy” for “still listed on … and
                gone by …”. Counts then become ranges: certain members, up to possible ones.
              </li>
              <li>
                <strong>A row without a coalition</strong> lists the organization alone, for a notable absentee; its
                note and sources are the organization’s.
              </li>
              <li>
                <strong>One organization</strong> is every row with the same name (or the same organization id); its
                sector, country, aliases and parent must agree across its rows. Rows with no sector anywhere go under
                “Unknown sector”. Names that nearly match are offered for merging, one choice per pair.
              </li>
              <li>
                <strong>Refused cells:</strong> formulas (“=…”), links that are not http or https (such as javascript:),
                and text longer than the format allows. Every problem names its row and column as your spreadsheet shows
                them, and you can import the rows that are fine.
              </li>
            </ul>
          </section>
          <section className="import-dialog__section" aria-labelledby={`${titleId}-loss`}>
            <h3 id={`${titleId}-loss`}>What a spreadsheet leaves out</h3>
            <p>
              “Download dataset as spreadsheet” writes the dataset in these columns, and importing that file gives the
              same coalitions, organizations, memberships and counts on every day. A row cannot carry:
            </p>
            <ul>
              {SPREADSHEET_LOSSES.map((loss) => (
                <li key={loss}>{loss}.</li>
              ))}
            </ul>
            <p>“Download dataset as JSON” keeps everything.</p>
          </section>
          <section className="import-dialog__section" aria-labelledby={`${titleId}-json`}>
            <h3 id={`${titleId}-json`}>The JSON format</h3>
            <p>
              A dataset is one JSON document with five lists: sectors, sources, coalitions, organizations and
              memberships. Each has an id made of lower-case letters, digits and hyphens; a membership names its
              organization and coalition by id and cites at least one source by id. Besides the fields a spreadsheet
              has, a document can say when a coalition’s member list was last checked and whether it is complete, what
              sizes were reported, and when a source was read and where an archived copy is.
            </p>
            <p>
              The full description is <a href="docs/dataset-format.html">the dataset format</a>, and the
              machine-readable rules are in <a href="data/coalition-dataset.schema.json">the JSON Schema</a>.
            </p>
          </section>
        </div>
        <footer className="import-dialog__footer">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </footer>
      </div>
    </dialog>
  )
}
