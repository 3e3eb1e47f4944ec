import { firstLoad } from "./first-load.mjs";

export default firstLoad("DossierQueue");
