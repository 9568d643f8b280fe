"""Trained triage models: intent, urgency, sentiment, crisis category, informativeness and rumours.

Run time (`classifier.TrainedClassifier`, the pipeline's `Classifier` port) needs only NumPy and SciPy and
the files in `models/`; training and evaluation (`train.py`, `eval.py`, the `consuldesk models` commands in
`cli.py`) also need scikit-learn and the research datasets in `../shared`. Dataset text never enters this
package: model files hold hashed-feature weights only. Must not import storage, the web app or the network.
"""
