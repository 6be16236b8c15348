/** Entry points: the command line and the composition root that wires the layers together. */
package org.summittimeline.app;
