/*
 * Build of the add-in, in the shape of Microsoft's Excel-Custom-Functions-Shared template: one page
 * (taskpane.html) hosts the shared runtime and loads both bundles; functions.json is generated from
 * the JSDoc of src/functions/functions.ts; manifest.xml and the icons are copied next to them.
 */
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");

/* global require, module, process, __dirname */

const urlDev = "https://localhost:3000/";
/**
 * Where dist/ is published (HTTPS, ending with "/"): `URL_PROD=https://example.org/credit/ npm run
 * build`. Without it the production manifest keeps the local address, for sideloading with the
 * dev server.
 */
const urlProd = process.env.URL_PROD || urlDev;

function checkedUrlProd() {
  if (!/^https:\/\/[^\s]+\/$/.test(urlProd)) {
    throw new Error(`URL_PROD must be an https:// URL ending with "/", got "${urlProd}"`);
  }
  return urlProd;
}

/** Certificates are only needed to serve: `webpack --mode production` must build without them. */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const deployUrl = dev ? urlDev : checkedUrlProd();

  const config = {
    devtool: "source-map",
    // Order matters: the functions register before the pane starts (HtmlWebpackPlugin keeps it).
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".html"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; the bundle only needs the transpiled code.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              // Every URL, not only the first (String.replace with a string replaces one).
              return dev ? content : content.toString().split(urlDev).join(deployUrl);
            },
          },
        ],
      }),
    ],
    performance: {
      // The pane bundle carries React and Fluent; functions.js is measured by the bench instead.
      hints: false,
    },
  };

  if (serving) {
    config.devServer = {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await getHttpsOptions() },
      port: process.env.npm_package_config_dev_server_port || 3000,
    };
  }

  return config;
};
