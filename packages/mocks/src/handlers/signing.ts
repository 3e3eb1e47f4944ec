import {
  cancelSigning,
  confirmSigning,
  createSigningRequest,
  findOwnSigningRequest,
  findProvider,
  findSigningRequest,
  signingProblem,
  uploadSignedFile,
} from "../store/signing-ops";
import { signingView } from "../store/views";
import type { Resolvers } from "./context";
import { json } from "./respond";

type SigningOperations =
  | "signing.listProviders"
  | "signing.listCertificates"
  | "signing.createRequest"
  | "signing.getRequest"
  | "signing.confirm"
  | "signing.cancel"
  | "signing.uploadSigned";

export const signingResolvers: Pick<Resolvers, SigningOperations> = {
  "signing.listProviders": ({ store }) =>
    json("signing.listProviders", 200, {
      items: store.world.signingProviders.map((provider) => ({ ...provider })),
    }),
  "signing.listCertificates": ({ store, path }) => {
    const provider = findProvider(store, path.provider);
    if (!provider.available)
      throw signingProblem(502, "provider_unavailable", `${provider.name} could not be reached.`);
    const order = { valid: 0, expired: 1, revoked: 2 } as const;
    const items = [...(store.world.certificates[provider.provider] ?? [])].sort(
      (a, b) => order[a.status] - order[b.status],
    );
    return json("signing.listCertificates", 200, { items });
  },
  "signing.createRequest": async (context) => {
    const record = createSigningRequest(context.store, await context.json(), context.principal);
    return json("signing.createRequest", 201, signingView(context.store, record, context.principal));
  },
  "signing.getRequest": ({ store, path, principal }) =>
    json(
      "signing.getRequest",
      200,
      signingView(store, findSigningRequest(store, path.requestId, principal), principal),
    ),
  "signing.confirm": async (context) => {
    const record = findOwnSigningRequest(context.store, context.path.requestId, context.principal);
    const { otp } = await context.json();
    return json(
      "signing.confirm",
      200,
      signingView(context.store, confirmSigning(context.store, record, otp), context.principal),
    );
  },
  "signing.cancel": ({ store, path, principal }) =>
    json(
      "signing.cancel",
      200,
      signingView(
        store,
        cancelSigning(store, findOwnSigningRequest(store, path.requestId, principal)),
        principal,
      ),
    ),
  "signing.uploadSigned": async (context) => {
    const record = findOwnSigningRequest(context.store, context.path.requestId, context.principal);
    const body = await context.form<{ file: Blob; itemIndex: number }>();
    return json(
      "signing.uploadSigned",
      200,
      signingView(context.store, await uploadSignedFile(context.store, record, body), context.principal),
    );
  },
};
