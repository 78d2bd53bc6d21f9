import { useAtlasStore } from '../store/atlas-store'

/** Says which parts of the address were not used and why; they are already gone from the address. */
export function AddressNotice() {
  const refusals = useAtlasStore((state) => state.addressRefusals)
  const dismiss = useAtlasStore((state) => state.noteAddressRefusals)
  if (refusals.length === 0) return null
  return (
    <div className="load-alert" role="alert">
      <p className="load-alert__title">
        <strong>Part of the address was not used</strong> and has been removed from it:
      </p>
      <ul className="problem-list">
        {refusals.map((refusal) => (
          <li key={refusal.param}>
            <code>{refusal.param}</code> (<bdi>{JSON.stringify(refusal.value)}</bdi>) {refusal.reason}.
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => dismiss([])}>
        Dismiss
      </button>
    </div>
  )
}
