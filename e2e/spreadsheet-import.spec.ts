import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import * as XLSX from '@e965/xlsx'
import Papa from 'papaparse'
import { expect, test } from './fixtures'
import { ChartsPage } from './pages/charts-page'
import { ComparePage } from './pages/compare-page'
import { MembersTablePage } from './pages/members-table-page'
import { SpreadsheetImportPage } from './pages/spreadsheet-import-page'
import { bundledDataset, cardCountText, memberRangeOn } from './support/dataset'

const bundled = bundledDataset()
const AS_OF = '2025-06-30'

/** A small membership sheet about fictional coalitions, the way a person keeps one. */
const HEADER = ['Organization', 'Coalition', 'Role', 'Date joined', 'Sector', 'Country', 'Source']
const ROWS = [
  [
    'Acme Robotics',
    'Open Widget Alliance',
    'founder',
    '2023-01-15',
    'Hardware',
    'US',
    'https://example.org/owa/launch',
  ],
  ['Globex Research', 'Open Widget Alliance', '', '2023-03', 'Research', 'DE', 'https://example.org/owa/members'],
  ['Initech', 'Open Widget Alliance', 'member', '2024-02-01', 'Software', 'JP', 'https://example.org/owa/members'],
  ['Acme Robotics', 'Safe Gadget Pledge', 'signatory', '2024-05-21', 'Hardware', 'US', 'https://example.org/pledge'],
  ['Initech', 'Safe Gadget Pledge', 'signatory', '2024-05-21', 'Software', 'JP', 'https://example.org/pledge'],
  ['Umbrella Labs', 'Safe Gadget Pledge', 'signatory', '2025-01-10', '', 'FR', 'https://example.org/pledge/2025'],
]
const COALITIONS = ['Open Widget Alliance', 'Safe Gadget Pledge']
const ORGANIZATIONS = [...new Set(ROWS.map((row) => row[0]))]
/** On AS_OF every row has begun and none has ended. */
const membersOn = (coalition: string) => ROWS.filter((row) => row[1] === coalition).length
const inBoth = ORGANIZATIONS.filter((name) =>
  COALITIONS.every((coalition) => ROWS.some((row) => row[0] === name && row[1] === coalition)),
)

const csv = (rows: string[][], delimiter = ',') => Papa.unparse([HEADER, ...rows], { delimiter, newline: '\r\n' })

/** The sheet, imported, shows in the cards, the members table, the charts and the comparison. */
async function expectShownEverywhere(page: Page, title: string): Promise<void> {
  const sheets = new SpreadsheetImportPage(page)
  const members = new MembersTablePage(page)
  const charts = new ChartsPage(page)
  const compare = new ComparePage(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(sheets.coalitionsRegion.getByRole('article')).toHaveCount(COALITIONS.length)
  for (const coalition of COALITIONS)
    await expect(sheets.cardCount(coalition)).toHaveText(`${membersOn(coalition)} members`)
  await expect(members.count).toHaveText(`${ORGANIZATIONS.length} of ${ORGANIZATIONS.length} organizations`)
  await expect(charts.section.getByRole('figure', { name: 'Members by sector' })).toBeVisible()
  await expect(compare.coalitionA).toHaveValue('open-widget-alliance')
  await expect(compare.coalitionB).toHaveValue('safe-gadget-pledge')
  const shown = await compare.column('In both').getByRole('listitem').getByRole('button').allTextContents()
  expect([...shown].sort()).toEqual([...inBoth].sort())
  await expect(page.getByRole('option', { name: 'AI Alliance' })).toHaveCount(0)
}

test.describe('importing a spreadsheet', () => {
  // Each test loads the app, starts the importer's worker, imports, and checks every view.
  test.describe.configure({ timeout: 90_000 })

  test('rows pasted from a spreadsheet become a dataset shown in every view', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    await page.goto(`./?asOf=${AS_OF}`)
    await sheets.paste(csv(ROWS, '\t'))
    await expect(sheets.check).toContainText(`All ${ROWS.length} rows are fine.`)
    // The empty role is read as "member", and the preview says so.
    await expect(sheets.preview.getByRole('row').nth(2)).toContainText('member (default)')
    await expect(sheets.dialog).toContainText('1 row has no role: it is read as “member”.')
    await expect(sheets.newDataset).toBeChecked()
    await sheets.datasetTitleInput.fill('Widget coalitions')
    await sheets.waitForCheck()
    await expect(sheets.importButton).toHaveText(`Import ${ROWS.length} rows`)
    await sheets.confirm()
    await expectShownEverywhere(page, 'Widget coalitions')
    await expect(page.getByText('Imported from Pasted rows')).toBeVisible()
  })

  test('a CSV file becomes a dataset shown in every view, and nothing changes before Import', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    await page.goto(`./?asOf=${AS_OF}`)
    await sheets.chooseFile('widgets.csv', `\uFEFF${csv(ROWS)}`)
    await expect(sheets.check).toContainText(`All ${ROWS.length} rows are fine.`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundled.title)
    await sheets.confirm()
    await expectShownEverywhere(page, 'widgets')
  })

  test('a TSV file becomes a dataset shown in every view', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    await page.goto(`./?asOf=${AS_OF}`)
    await sheets.chooseFile('widgets.tsv', csv(ROWS, '\t'), 'text/tab-separated-values')
    await expect(sheets.dialog).toContainText('tab-separated')
    await sheets.confirm()
    await expectShownEverywhere(page, 'widgets')
  })

  test('an .xlsx workbook becomes a dataset, from the sheet chosen, with Excel dates read as dates', async ({
    page,
  }) => {
    const sheets = new SpreadsheetImportPage(page)
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([['Read me'], ['The members are on the next sheet.']]),
      'Read me',
    )
    const withDates = ROWS.map((row) => {
      const [year, month, day] = (row[3] as string).split('-').map(Number) as [number, number, number | undefined]
      // Full days are stored as Excel dates; a month stays the text it is.
      return day === undefined ? row : [...row.slice(0, 3), new Date(Date.UTC(year, month - 1, day)), ...row.slice(4)]
    })
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([HEADER, ...withDates], { cellDates: true }), 'Members')
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
    await page.goto(`./?asOf=${AS_OF}`)
    await sheets.chooseFile('widgets.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    // The first sheet is read first: it has none of the required columns.
    await expect(sheets.dialog.getByRole('alert')).toContainText(
      'No column is read as “organization”, “coalition” and “source URL”, which are required',
    )
    await expect(sheets.importButton).toBeDisabled()
    await sheets.sheet.selectOption('Members')
    await sheets.waitForCheck()
    await expect(sheets.check).toContainText(`All ${ROWS.length} rows are fine.`)
    await expect(sheets.preview.getByRole('row').nth(1)).toContainText('2023-01-15')
    await sheets.confirm()
    await expectShownEverywhere(page, 'widgets')
  })

  test('the mapping step lets a person say what a column means', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    const header = ['Body', ...HEADER.slice(1)]
    await page.goto(`./?asOf=${AS_OF}`)
    await sheets.chooseFile('bodies.csv', Papa.unparse([header, ...ROWS]))
    await expect(sheets.columnField('Body')).toHaveValue('')
    await expect(sheets.columnField('Date joined')).toHaveValue('joined')
    await expect(sheets.columnField('Source')).toHaveValue('sourceUrl')
    await expect(sheets.dialog.getByRole('alert')).toContainText(
      'No column is read as “organization”, which is required',
    )
    await expect(sheets.importButton).toBeDisabled()
    await sheets.columnField('Body').selectOption('organization')
    await sheets.waitForCheck()
    await expect(sheets.check).toContainText(`All ${ROWS.length} rows are fine.`)
    // Ignoring the sector column files every organization under "Unknown sector".
    await sheets.columnField('Sector').selectOption('')
    await sheets.waitForCheck()
    await expect(sheets.report).toContainText(
      `${ORGANIZATIONS.length} organizations have no sector in any row: filed under “Unknown sector”.`,
    )
    await sheets.confirm()
    await expectShownEverywhere(page, 'bodies')
    await expect(
      page.getByRole('region', { name: 'Member organizations' }).getByLabel('Sector', { exact: true }),
    ).toContainText('Unknown sector')
  })

  test('a bad row is named by its row and column, and the rest are imported', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    const rows = [
      ...ROWS.slice(0, 2),
      ['Hooli', 'Open Widget Alliance', 'member', '2024-13', 'Software', 'US', 'https://example.org/owa/members'],
      ...ROWS.slice(2),
    ]
    await page.goto(`./?asOf=${AS_OF}`)
    await sheets.chooseFile('with-a-typo.csv', csv(rows))
    await expect(sheets.check).toContainText(`${ROWS.length} of ${rows.length} rows are fine; 1 row has problems.`)
    await expect(sheets.check.getByRole('listitem')).toHaveText([
      "row 4, column D 'Date joined': 2024-13 is not a date",
    ])
    await expect(sheets.importButton).toHaveText(`Import ${ROWS.length} rows, leave out 1`)
    await sheets.confirm()
    await expectShownEverywhere(page, 'with-a-typo')
  })

  test('refused cells: a javascript: link and a formula, each with its row and column', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    const rows = [
      ...ROWS,
      ['Evil Corp', 'Safe Gadget Pledge', 'signatory', '2024-06-01', 'Software', 'US', 'javascript:alert(1)'],
      [
        '=HYPERLINK("https://x.example","x")',
        'Safe Gadget Pledge',
        'signatory',
        '2024-06-01',
        'Software',
        'US',
        'https://example.org/x',
      ],
    ]
    await page.goto(`./?asOf=${AS_OF}`)
    await sheets.chooseFile('hostile.csv', csv(rows))
    await expect(sheets.check.getByRole('listitem')).toHaveText([
      "row 8, column G 'Source': “javascript:alert(1)” is a javascript: link, which is refused: a source must be an http or https address",
      'row 9, column A \'Organization\': “=HYPERLINK("https://x.example","x")” is a formula, which is not read: put its value in the cell instead',
    ])
    await sheets.cancel.click()
    await expect(sheets.dialog).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundled.title)
  })

  test('a sheet dropped on the page opens the importer instead of the JSON loader', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    await page.goto(`./?asOf=${AS_OF}`)
    await sheets.drop('dropped.csv', csv(ROWS))
    await sheets.waitForCheck()
    await expect(sheets.check).toContainText(`All ${ROWS.length} rows are fine.`)
    await sheets.confirm()
    await expectShownEverywhere(page, 'dropped')
  })

  test('rows added to the dataset on screen join the organizations it already has', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    const members = new MembersTablePage(page)
    const addition = [
      ['Meta', 'Open Widget Alliance', 'founder', '2023-01-15', '', '', 'https://example.org/owa/launch'],
      ['IBM', 'Open Widget Alliance', 'member', '2023-02', '', '', 'https://example.org/owa/members'],
    ]
    await page.goto(`./?asOf=${AS_OF}`)
    await sheets.chooseFile('more.csv', csv(addition))
    await sheets.addToDataset.check()
    await sheets.waitForCheck()
    await expect(sheets.report).toContainText(
      'Adds 2 memberships, 0 organizations, 1 coalition, 2 sources and 0 sectors.',
    )
    await expect(sheets.report).toContainText(
      'Merged with organizations already in the dataset (by name or alias): Meta and IBM.',
    )
    await sheets.confirm()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundled.title)
    await expect(new ComparePage(page).coalitionA.getByRole('option')).toHaveCount(bundled.coalitions.length + 1)
    await expect(sheets.cardCount('Open Widget Alliance')).toHaveText('2 members')
    await expect(members.count).toHaveText(new RegExp(`of ${bundled.organizations.length} organizations`))
  })

  test('the bundled dataset downloaded as a spreadsheet imports back with the same counts on every card', async ({
    page,
  }) => {
    const sheets = new SpreadsheetImportPage(page)
    // A day when every coalition exists, so every card shows a count.
    const day = '2026-11-22'
    await page.goto(`./?asOf=${day}`)
    const expected = bundled.coalitions.map((coalition) => cardCountText(memberRangeOn(bundled, coalition.id, day)))
    for (const [index, coalition] of bundled.coalitions.entries())
      await expect(sheets.cardCount(coalition.name)).toHaveText(expected[index] as string)
    const file = await sheets.download(sheets.downloadSpreadsheet)
    expect(file.fileName).toMatch(/\.csv$/)
    await sheets.chooseFile(file.fileName, file.bytes)
    const memberships = bundled.memberships.length
    const absentees = bundled.organizations.filter(
      (o) => !bundled.memberships.some((m) => m.organization === o.id),
    ).length
    await expect(sheets.check).toContainText(`All ${memberships + absentees} rows are fine.`)
    await sheets.confirm()
    await expect(page.getByText(`Imported from ${file.fileName}`)).toBeVisible()
    await expect(sheets.coalitionsRegion.getByRole('article')).toHaveCount(bundled.coalitions.length)
    for (const [index, coalition] of bundled.coalitions.entries())
      await expect(sheets.cardCount(coalition.name)).toHaveText(expected[index] as string)
    await expect(new MembersTablePage(page).count).toHaveText(
      new RegExp(`of ${bundled.organizations.length} organizations`),
    )
  })

  test('the template and the JSON download', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    await page.goto('./')
    const template = await sheets.download(sheets.downloadTemplate)
    const rows = Papa.parse<string[]>(template.bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data
    expect(rows[0]?.slice(0, 3)).toEqual(['organization', 'coalition', 'role'])
    expect(rows).toHaveLength(4)
    for (const row of rows.slice(1)) expect(row[0]).toContain('(fictional)')
    const json = await sheets.download(sheets.downloadJson)
    expect(JSON.parse(json.bytes.toString('utf8'))).toEqual({ ...bundled, version: 2 })
  })

  test('closing the importer gives the focus back to the panel it was opened from, which closed meanwhile', async ({
    page,
  }) => {
    const sheets = new SpreadsheetImportPage(page)
    await page.goto('./')
    await sheets.openPanel()
    // From "Paste rows…", by keyboard.
    await sheets.pasteRows.focus()
    await page.keyboard.press('Enter')
    await expect(sheets.dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(sheets.dialog).toBeHidden()
    await expect(sheets.panelToggle).toBeFocused()
    // From a file chosen in "Import spreadsheet".
    await sheets.openPanel()
    await sheets.fileInput.focus()
    await sheets.chooseFile('members.csv', csv(ROWS))
    await page.keyboard.press('Escape')
    await expect(sheets.dialog).toBeHidden()
    await expect(sheets.panelToggle).toBeFocused()
  })

  test('format help explains the columns and links the format and the schema', async ({ page }) => {
    const sheets = new SpreadsheetImportPage(page)
    await page.goto('./')
    await sheets.openPanel()
    await sheets.formatHelp.click()
    const help = page.getByRole('dialog', { name: 'Format help' })
    await expect(help.getByRole('link', { name: 'the dataset format' })).toHaveAttribute(
      'href',
      'docs/dataset-format.html',
    )
    await expect(help.getByRole('link', { name: 'the JSON Schema' })).toHaveAttribute(
      'href',
      'data/coalition-dataset.schema.json',
    )
    await expect(help.getByRole('rowheader', { name: 'source URL (required)' })).toBeVisible()
    await help.getByRole('button', { name: 'Close' }).click()
    await expect(help).toBeHidden()
  })

  for (const [width, scheme] of [
    [1280, 'light'],
    [360, 'dark'],
  ] as const) {
    test(`the import dialog is accessible and fits at ${width} px in the ${scheme} theme`, async ({ page }) => {
      // axe reads the dialog for 10 to 15 s on a loaded 2-core machine, as in the other axe tests.
      test.slow()
      const sheets = new SpreadsheetImportPage(page)
      await page.setViewportSize({ width, height: 800 })
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(`./?asOf=${AS_OF}`)
      const rows = [
        ...ROWS,
        [
          'Acme Robotics Inc.',
          'Safe Gadget Pledge',
          'signatory',
          '2024-06-01',
          'Hardware',
          'US',
          'https://example.org/pledge/acme',
        ],
        ['Hooli', 'Open Widget Alliance', 'member', '03/04/2025', 'Software', 'US', 'https://example.org/owa/members'],
      ]
      await sheets.chooseFile('widgets.csv', csv(rows))
      await expect(
        sheets.dialog.getByRole('group', { name: 'How are dates such as 03/04/2025 written?' }),
      ).toBeVisible()
      await expect(sheets.dialog.getByRole('group', { name: 'Names that may be the same' })).toBeVisible()
      const results = await new AxeBuilder({ page })
        .include('dialog')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      const box = await sheets.dialog.boundingBox()
      expect(box?.width).toBeLessThanOrEqual(width)
    })
  }
})
