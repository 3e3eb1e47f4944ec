// @chinhquyenso/client/uploads — the contract's upload limits (x-upload-limits), kept out of the main entry: only
// apps and widgets that upload pay for the table.
export { UPLOAD_LIMITS } from "../generated/uploads";
