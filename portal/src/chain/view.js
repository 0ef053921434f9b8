// The pallets' view functions (`#[pallet::view_functions]`), called as the runtime exposes them:
// `RuntimeViewFunction_execute_view_function(id, input)` through `state_call`. @polkadot/api
// decodes the metadata (v16) that names them, with their id and their argument and answer
// types, but has no helper to call them; this is that helper.
import { compactAddLength, compactFromU8a, u8aConcat, u8aToHex } from '@polkadot/util';

/** The metadata of view function `name` (camelCase or snake_case) of `pallet` (as in `api.query`). */
function viewFunctionOf(api, pallet, name) {
  const wanted = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const meta = api.runtimeMetadata.asLatest.pallets.find((p) => p.name.toString().replace(/^./, (c) => c.toLowerCase()) === pallet);
  const view = meta?.viewFunctions?.find((v) => v.name.toString() === wanted);
  if (!view) throw new Error(`the runtime has no view function ${pallet}.${wanted}`);
  return view;
}

/**
 * Runs view function `name` of `pallet` with `args` (values @polkadot/api's types take) at block
 * `at` (a hash; the best block when omitted), and returns its answer as a decoded type.
 */
export async function callView(api, pallet, name, args, at) {
  const view = viewFunctionOf(api, pallet, name);
  if (view.inputs.length !== args.length) {
    throw new Error(`${pallet}.${name} takes ${view.inputs.length} arguments, not ${args.length}`);
  }
  const { registry } = api;
  const input = u8aConcat(...view.inputs.map((param, i) => registry.createTypeUnsafe(registry.createLookupType(param.type), [args[i]]).toU8a()));
  const request = u8aConcat(view.id.toU8a(), compactAddLength(input));
  const params = ['RuntimeViewFunction_execute_view_function', u8aToHex(request)];
  // No `at`, not an undefined one: @polkadot/api would send the zero hash.
  if (at) params.push(at);
  const answer = (await api.rpc.state.call(...params)).toU8a(true);
  // Result<Vec<u8>, ViewFunctionDispatchError>: 0x00 then the answer's bytes, or 0x01 and why.
  if (answer[0] !== 0) {
    throw new Error(`${pallet}.${name} failed in the runtime: ${u8aToHex(answer.subarray(1))}`);
  }
  const [offset, length] = compactFromU8a(answer.subarray(1));
  const bytes = answer.subarray(1 + offset, 1 + offset + length.toNumber());
  return registry.createTypeUnsafe(registry.createLookupType(view.output), [bytes]);
}
