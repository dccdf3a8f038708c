/* eslint-disable no-undef */
/*
 * The preview: the task pane beside an in-memory sheet built from the IBM sample, in any browser,
 * without Excel and without Office.js. `npm run preview` serves it over plain http (port from
 * PORT, default 3100); `webpack --config webpack.preview.js` builds it to dist-preview/ for the
 * end-to-end tests and the bench.
 */
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");

/* global require, module, process, __dirname */

const port = Number(process.env.PORT) || 3100;

module.exports = (env, options) => ({
  mode: options.mode || "development",
  devtool: options.mode === "production" ? false : "eval-source-map",
  entry: { preview: "./src/preview/index.tsx" },
  output: {
    path: path.resolve(__dirname, "dist-preview"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
      // The sample sheet ships inside the bundle as text: the page needs no server to fetch it.
      { test: /\.csv$/, type: "asset/source" },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./src/preview/preview.html",
    }),
  ],
  performance: { hints: false },
  devServer: {
    port,
    host: "localhost",
    open: false,
    hot: false,
    // Plain http: no certificate to install to try the pane.
    server: "http",
    static: false,
    setupExitSignals: true,
    onListening(devServer) {
      const address = devServer.server.address();
      const shown = typeof address === "object" && address ? address.port : port;
      console.log(`\nCredit Control preview: http://localhost:${shown}/\n`);
    },
  },
});
