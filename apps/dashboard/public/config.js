// Runtime configuration, read before the app starts: a deployment can replace this file without rebuilding.
// Leave a value out to use the build-time one (VITE_CQS_API_URL) or the default (the local sandbox).
// window.CQS_CONFIG = { apiUrl: "https://api.example.gov.vn" };
