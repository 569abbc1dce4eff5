"""A local partner's role in a relation: the plain many-to-many table becomes the through model RelationPartner.

Django's documented way: rename the existing table and tell the state it is now a model, so no row is lost; then
add the role (existing rows become "partner").
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0004_relation"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    sql="ALTER TABLE partners_relation_partners RENAME TO partners_relationpartner",
                    reverse_sql="ALTER TABLE partners_relationpartner RENAME TO partners_relation_partners",
                ),
            ],
            state_operations=[
                migrations.CreateModel(
                    name="RelationPartner",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        (
                            "relation",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="relation_partners",
                                to="partners.relation",
                                verbose_name="relation",
                            ),
                        ),
                        (
                            "partner",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="relation_roles",
                                to="partners.partner",
                                verbose_name="partner",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "local partner in a relation",
                        "verbose_name_plural": "local partners in relations",
                        "ordering": ["role", "partner__name"],
                    },
                ),
                migrations.AlterField(
                    model_name="relation",
                    name="partners",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="relations",
                        through="partners.RelationPartner",
                        to="partners.partner",
                        verbose_name="local partners involved",
                    ),
                ),
            ],
        ),
        migrations.AddField(
            model_name="relationpartner",
            name="role",
            field=models.CharField(
                choices=[("lead", "lead"), ("partner", "partner"), ("supporter", "supporter")],
                default="partner",
                max_length=12,
                verbose_name="role",
            ),
        ),
        migrations.AddConstraint(
            model_name="relationpartner",
            constraint=models.UniqueConstraint(fields=("relation", "partner"), name="relationpartner_unique"),
        ),
        migrations.AddConstraint(
            model_name="relationpartner",
            constraint=models.CheckConstraint(
                condition=models.Q(("role__in", ["lead", "partner", "supporter"])), name="relationpartner_role_valid"
            ),
        ),
    ]
