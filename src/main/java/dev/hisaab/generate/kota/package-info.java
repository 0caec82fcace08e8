/** The Kota water-payments scenario generator: portal dump, gateway, callbacks, receipts and known answers. */
package dev.hisaab.generate.kota;
